package benchfixture

import "testing"

// Tests that run beside the benchmarks when -run is not given: their FAIL and SKIP lines are not
// benchmarks'.
func TestParse(t *testing.T) {
	t.Error("unexpected token")
}

func TestNetwork(t *testing.T) {
	t.Skip("needs a network")
}

func TestOK(t *testing.T) {}
