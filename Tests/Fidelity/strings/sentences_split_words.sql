SELECT sentences('Hi there. Bye now!') AS s, sentences('Mr. Smith went home') AS abbrev
