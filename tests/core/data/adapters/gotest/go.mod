module example.org/benchfixture

go 1.19
