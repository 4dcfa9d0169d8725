package benchfixture

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"
)

var sink int

// Sub-microsecond: a few additions.
func BenchmarkAdd(b *testing.B) {
	x := 0
	for i := 0; i < b.N; i++ {
		x += i
	}
	sink = x
}

// Parameterised sub-benchmarks with throughput (MB/s) and allocations.
func BenchmarkSort(b *testing.B) {
	for _, size := range []int{100, 10000} {
		b.Run(fmt.Sprintf("size=%d", size), func(b *testing.B) {
			b.SetBytes(int64(size * 8))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				s := make([]int, size)
				for j := range s {
					s[j] = (j * 7919) % size
				}
				sort.Ints(s)
			}
		})
	}
}

// Multi-millisecond, with custom metrics from b.ReportMetric.
func BenchmarkSleep(b *testing.B) {
	for i := 0; i < b.N; i++ {
		time.Sleep(2 * time.Millisecond)
	}
	b.ReportMetric(float64(b.N), "calls")
	b.ReportMetric(2e6, "ns/call")
}

// Nested sub-benchmarks with a slash and spaces in the name.
func BenchmarkJoin(b *testing.B) {
	b.Run("words/short list", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sink = len(strings.Join([]string{"a", "b", "c"}, ","))
		}
	})
}

// A benchmark that fails, and one that skips.
func BenchmarkFails(b *testing.B) {
	b.Fatal("the input file is missing")
}

func BenchmarkSkipped(b *testing.B) {
	b.Skip("needs a network")
}
