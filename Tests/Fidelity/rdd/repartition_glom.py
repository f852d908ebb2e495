# repartition pickles each partition in batches of 10 and deals the batches out round-robin, starting
# where XORShiftRandom(partition index) says.
# ordered: true
def solve(sc):
    rdd = sc.parallelize(range(50), 3)
    return rdd.repartition(4).glom().map(lambda part: (len(part), part[:3]))
