-- data: friendships.json
SELECT a.user_id AS u1, b.user_id AS u2, COUNT(*) AS mutual
FROM friends a JOIN friends b ON a.friend_id = b.friend_id AND a.user_id < b.user_id
GROUP BY a.user_id, b.user_id
