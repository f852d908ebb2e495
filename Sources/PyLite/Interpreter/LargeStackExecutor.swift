import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs interpreter work on threads with a large native stack, so deep (but budgeted) Python recursion and
/// debug-build frame sizes never overflow a small caller stack (secondary threads may have only 512 KiB).
///
/// Work submitted from a thread this executor created runs inline; other callers hand the job to an idle pooled
/// thread (or a new one) and block until it finishes. Threads are reused, so per-call overhead stays small.
final class LargeStackExecutor: @unchecked Sendable {
    static let stackSize = 512 << 20
    /// Bytes kept free at the bottom of the stack; deeper native recursion reports RecursionError instead.
    static let stackReserve = 4 << 20

    private final class Worker: @unchecked Sendable {
        let condition = NSCondition()
        var job: (() -> Void)?
        let finished = DispatchSemaphore(value: 0)
        var stopped = false
        var thread: pthread_t?
    }

    private let lock = NSLock()
    private var idle: [Worker] = []
    private var all: [Worker] = []
    private let maxIdle = 4

    /// Lowest address usable by native recursion on the current large-stack thread; 0 elsewhere.
    nonisolated(unsafe) private static var stackLimitKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The interpreter running on this thread (for hashing user objects with `__hash__`/`__eq__` as dict keys).
    nonisolated(unsafe) static var currentInterpreterKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// True when the calling thread is one of ours.
    static var onLargeStack: Bool { pthread_getspecific(stackLimitKey) != nil }

    /// Remaining native stack above the reserve on this thread; nil when the thread is not ours.
    @inline(__always)
    static func stackIsLow() -> Bool {
        guard let limit = pthread_getspecific(stackLimitKey) else { return false }
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } < UInt(bitPattern: limit)
    }

    /// Runs `body` on the calling thread when it has at least `inlineThreshold` bytes of stack left (a native
    /// stack guard is installed for the duration), otherwise on a large-stack thread. Callbacks from the host's
    /// threads (UDFs called once per row) then cost no thread switch.
    func run<T>(inlineThreshold: Int?, _ body: @escaping () throws -> T) throws -> T {
        if LargeStackExecutor.onLargeStack { return try body() }
        if let inlineThreshold, let (low, remaining) = LargeStackExecutor.currentStack(), remaining >= inlineThreshold {
            let limit = low + UInt(LargeStackExecutor.foreignReserve)
            pthread_setspecific(LargeStackExecutor.stackLimitKey, UnsafeRawPointer(bitPattern: limit))
            defer { pthread_setspecific(LargeStackExecutor.stackLimitKey, nil) }
            return try body()
        }
        return try run(body)
    }

    #if os(Linux)
    typealias GetAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
    /// glibc's `pthread_getattr_np`, which the Swift Glibc module does not export.
    static let pthreadGetAttributes: GetAttributes? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np") else { return nil }
        return unsafeBitCast(symbol, to: GetAttributes.self)
    }()
    #endif

    /// Bytes kept free on a host thread that runs Python inline.
    static let foreignReserve = 256 << 10

    /// The lowest usable address of the current thread's stack and the bytes left above it.
    static func currentStack() -> (low: UInt, remaining: Int)? {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        if let cached = pthread_getspecific(stackLowKey) {
            let low = UInt(bitPattern: cached)
            return here > low ? (low, Int(here - low)) : nil
        }
        guard let low = queryStackLow() else { return nil }
        pthread_setspecific(stackLowKey, UnsafeRawPointer(bitPattern: low))
        return here > low ? (low, Int(here - low)) : nil
    }

    /// Each thread's stack bottom, cached: glibc reads /proc/self/maps to answer for the main thread.
    nonisolated(unsafe) private static var stackLowKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static func queryStackLow() -> UInt? {
        #if os(Linux)
        guard let getAttributes = pthreadGetAttributes else { return nil }
        var attributes = pthread_attr_t()
        guard getAttributes(pthread_self(), &attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        var address: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else { return nil }
        return UInt(bitPattern: address)
        #else
        return nil
        #endif
    }

    func run<T>(_ body: @escaping () throws -> T) throws -> T {
        if LargeStackExecutor.onLargeStack { return try body() }
        guard let worker = acquireWorker() else { return try body() }
        let box = ResultBox<T>()
        worker.condition.lock()
        worker.job = { box.result = Result { try body() } }
        worker.condition.signal()
        worker.condition.unlock()
        // The worker signals only after dropping the job, so nothing it captured outlives this call.
        worker.finished.wait()
        release(worker)
        switch box.result {
        case .success(let value): return value
        case .failure(let error): throw error
        case nil: throw PyError.unsupported("internal: worker finished without a result")
        }
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var result: Result<T, Error>?
    }

    private func acquireWorker() -> Worker? {
        lock.lock()
        if let worker = idle.popLast() {
            lock.unlock()
            return worker
        }
        lock.unlock()
        let worker = Worker()
        guard start(worker) else { return nil }
        lock.lock()
        all.append(worker)
        lock.unlock()
        return worker
    }

    private func release(_ worker: Worker) {
        lock.lock()
        if idle.count < maxIdle {
            idle.append(worker)
            lock.unlock()
        } else {
            all.removeAll { $0 === worker }
            lock.unlock()
            stop(worker)
        }
    }

    private func start(_ worker: Worker) -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, LargeStackExecutor.stackSize)
        let context = Unmanaged.passRetained(worker).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { raw in
            LargeStackExecutor.workerLoop(raw)
            return nil
        }, context)
        pthread_attr_destroy(&attributes)
        guard status == 0 else {
            Unmanaged<Worker>.fromOpaque(context).release()
            return false
        }
        worker.thread = thread
        pthread_detach(thread)
        return true
    }

    private static func workerLoop(_ raw: UnsafeMutableRawPointer?) {
        guard let raw else { return }
        let worker = Unmanaged<Worker>.fromOpaque(raw).takeRetainedValue()
        var marker: UInt8 = 0
        let top = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        let limit = top - UInt(stackSize) + UInt(stackReserve)
        pthread_setspecific(stackLimitKey, UnsafeRawPointer(bitPattern: limit))
        while true {
            worker.condition.lock()
            while worker.job == nil && !worker.stopped { worker.condition.wait() }
            if worker.stopped && worker.job == nil {
                worker.condition.unlock()
                return
            }
            var job = worker.job
            worker.job = nil
            worker.condition.unlock()
            job?()
            job = nil
            worker.finished.signal()
        }
    }

    private func stop(_ worker: Worker) {
        worker.condition.lock()
        worker.stopped = true
        worker.condition.signal()
        worker.condition.unlock()
    }

    deinit {
        lock.lock()
        let workers = all
        all = []
        idle = []
        lock.unlock()
        for worker in workers { stop(worker) }
    }
}
