// Package nice starts commands at a lower CPU priority.
package nice

import (
	"os/exec"
	"strconv"
)

// Command is exec.Command(name, args...) run by nice(1) with the increment
// n, so that the command and every process it starts (their threads
// included) yield the processor to the rest of the machine; n == 0 is
// exec.Command itself. nice executes the command in its own process: the
// PID, the process group and the signals it receives are the command's.
func Command(n int, name string, args ...string) *exec.Cmd {
	if n == 0 {
		return exec.Command(name, args...)
	}
	return exec.Command("nice", append([]string{"-n", strconv.Itoa(n), name}, args...)...)
}
