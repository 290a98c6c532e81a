// Package nicetest holds what the tests of lowered CPU priorities share.
package nicetest

import (
	"os"
	"testing"

	"github.com/platform/estate/internal/proc"
)

// Highest is the highest nice value there is: an increment stops there.
const Highest = 19

// Headroom returns the test process's nice value, and skips the test when
// that cannot be read, or when a command started n higher would stop at
// Highest: there, a command run without the increment would pass too.
func Headroom(t testing.TB, n int) int {
	t.Helper()
	own, err := proc.Nice(os.Getpid())
	if err != nil {
		t.Skipf("no nice value to read: %v", err)
	}
	if own+n > Highest {
		t.Skipf("the test runs at nice %d already: %d higher would stop at %d", own, n, Highest)
	}
	return own
}
