# More class features used in helper code.
class Account:
    interest = 0.02
    _registry = {}
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account._registry[owner] = self
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self
    @property
    def rich(self):
        return self.balance > 1000
    @classmethod
    def lookup(cls, owner):
        return cls._registry.get(owner)
    @staticmethod
    def fee(amount):
        return round(amount * 0.01, 2)
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.owner == other.owner
    def __hash__(self):
        return hash(self.owner)
    def __lt__(self, other):
        return self.balance < other.balance
class Savings(Account):
    interest = 0.05
    def __init__(self, owner, balance=0, locked=False):
        super().__init__(owner, balance)
        self.locked = locked
    def deposit(self, amount):
        if self.locked:
            raise RuntimeError("locked")
        return super().deposit(amount)
a = Account("ann", 100).deposit(50)
s = Savings("bob", 2000)
print(a, s, a.rich, s.rich, Account.lookup("bob"), Account.fee(1234), s.interest, a.interest, Account.interest)
print(sorted([s, a]), a == Account("ann"), len({a, Account("ann")}), isinstance(s, Account), type(s).__name__)
try:
    Savings("carl", locked=True).deposit(1)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    a.deposit(-1)
except ValueError as e:
    print("ValueError", e)
class Vector:
    def __init__(self, *components):
        self.components = list(components)
    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.components, other.components)])
    def __mul__(self, k):
        return Vector(*[a * k for a in self.components])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return self * -1
    def __len__(self):
        return len(self.components)
    def __getitem__(self, i):
        return self.components[i]
    def __iter__(self):
        return iter(self.components)
    def __contains__(self, v):
        return v in self.components
    def __repr__(self):
        return "Vector(" + ", ".join(map(str, self.components)) + ")"
    def __str__(self):
        return str(tuple(self.components))
    def __bool__(self):
        return any(self.components)
v = Vector(1, 2) + Vector(3, 4)
print(v, repr(v), 2 * v, v * 3, -v, len(v), v[0], list(v), 3 in v, bool(Vector(0, 0)), [x for x in v], sum(v), max(v))
print(f"{v}", "%s|%r" % (v, v), str([v]))
class Meta:
    count = 0
    def __init__(self):
        type(self).count += 1
Meta(); Meta()
print(Meta.count)
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
def to_list(node):
    out = []
    while node:
        out.append(node.val)
        node = node.next
    return out
head = Node(1, Node(2, Node(3)))
print(to_list(head))
class WithCall:
    def __call__(self, x):
        return x * 10
print(WithCall()(4), callable(WithCall()), list(map(WithCall(), [1, 2])))
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)
        return True
with Ctx() as c:
    print("inside", type(c).__name__)
    raise KeyError("suppressed")
print("after with")
class Base:
    def __init__(self):
        self.log = ["base"]
class Mixin:
    def describe(self):
        return "mixin:" + ",".join(self.log)
class Child(Mixin, Base):
    def __init__(self):
        super().__init__()
        self.log.append("child")
print(Child().describe(), [k.__name__ for k in (Child, Mixin, Base)])
