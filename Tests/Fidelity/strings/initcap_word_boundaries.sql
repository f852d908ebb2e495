SELECT initcap('hELLO wORLD') AS mixed, initcap('o''neil mc-donald') AS punct, initcap('  two   spaces ') AS spaces,
       initcap('123abc x1y') AS digits, initcap('élan ÉCOLE') AS accents, initcap('a_b c.d') AS underscore
