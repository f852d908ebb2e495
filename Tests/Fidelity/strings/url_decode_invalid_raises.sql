SELECT url_decode('%zz')
