#ifndef MEMORY_HINTS_H
#define MEMORY_HINTS_H

/// Asks the processor to start loading the cache line at `address` for writing. Hash tables larger than the
/// caches issue it a few rows ahead, so the loads of many probes overlap instead of waiting one by one.
static inline void memory_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

/// The same for reading: a probe of a table that is only read.
static inline void memory_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
