from datetime import date, datetime, timedelta
import datetime as dt
d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat(), d.strftime("%d/%m/%Y %A %B %j"))
print(d + timedelta(days=2), d - timedelta(weeks=1), date(2024, 3, 1) - d, (date(2025, 1, 1) - date(2024, 1, 1)).days)
t = datetime(2024, 1, 31, 23, 59, 30)
print(t, repr(t), t + timedelta(seconds=45), t.date(), t.hour, t.minute, t.second, t.strftime("%Y-%m-%d %H:%M:%S %p %I"))
print(datetime(2024, 5, 6, 7, 8, 9, 123456), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)))
delta = timedelta(days=1, hours=2, minutes=3, seconds=4)
print(delta, repr(delta), delta.total_seconds(), delta.days, delta.seconds, -delta, timedelta(0), timedelta(milliseconds=500))
print(delta * 2, delta / 2, delta // 3, timedelta(hours=3) / timedelta(hours=1), abs(timedelta(days=-1)) if False else "", timedelta(days=-1, seconds=5))
print(datetime.strptime("2024-03-15 08:30", "%Y-%m-%d %H:%M"), date.fromisoformat("2023-12-25"), datetime.fromisoformat("2023-12-25T10:20:30"))
print(d < date(2024, 3, 1), sorted([date(2024, 1, 2), date(2023, 5, 5)]), d == date(2024, 2, 28), {d: 1}[date(2024, 2, 28)])
print(isinstance(t, date), isinstance(d, datetime), dt.date(2000, 1, 1).replace(year=2001), t.replace(hour=0))
print(max(date(2024, 1, 1), date(2023, 1, 1)), (t - datetime(2024, 1, 1)).days, str(timedelta(seconds=3661.5)))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError", e)
try:
    datetime.strptime("bad", "%Y")
except ValueError as e:
    print("ValueError", e)
