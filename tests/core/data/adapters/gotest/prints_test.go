package benchfixture

import (
	"fmt"
	"testing"
)

// A benchmark that prints to standard output while it runs: without -v, go test prints the name,
// then what the benchmark printed, then the figures on a line of their own.
func BenchmarkPrints(b *testing.B) {
	fmt.Println("printed by benchmark")
	fmt.Println("more log")
	for i := 0; i < b.N; i++ {
		sink += i
	}
}
