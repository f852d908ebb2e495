SELECT from_unixtime(0) AS epoch, from_unixtime(-86400) AS before_epoch, from_unixtime(1709647629, 'EEE dd MMM yyyy hh:mm a') AS text,
       from_unixtime(1709647629, 'yyyy-MM-dd') AS day_only, from_unixtime(NULL) AS nothing, typeof(from_unixtime(0)) AS t
