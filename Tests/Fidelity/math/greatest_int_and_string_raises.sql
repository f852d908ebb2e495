SELECT greatest(1, 'a')
