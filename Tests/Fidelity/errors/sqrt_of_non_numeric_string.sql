SELECT sqrt('a')
