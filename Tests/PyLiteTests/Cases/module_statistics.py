import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2]), st.fmean([1, 2, 3]), st.median(data), st.median([3, 1, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode(data), st.multimode("aabbc"), st.pvariance(data), st.pstdev(data), round(st.variance(data), 6), round(st.stdev(data), 6))
print(st.mean([0.5, 1.5]), st.median([1.5, 2.5]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)
