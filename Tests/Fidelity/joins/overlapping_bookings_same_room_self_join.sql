-- data: bookings.json
-- ordered: true
SELECT a.room, a.booking_id AS first_booking, b.booking_id AS second_booking,
       greatest(a.check_in, b.check_in) AS overlap_start,
       least(a.check_out, b.check_out) AS overlap_end
FROM bookings a
JOIN bookings b
  ON a.room = b.room
 AND a.booking_id < b.booking_id
 AND a.check_in < b.check_out
 AND b.check_in < a.check_out
ORDER BY a.room, first_booking, second_booking
