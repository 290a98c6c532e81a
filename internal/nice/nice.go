// Package nice starts commands at a lower CPU priority.
package nice

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
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

// Of is the nice value process pid runs at (Linux: field 19 of
// /proc/<pid>/stat).
func Of(pid int) (int, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// Field 2, the command's name, is in parentheses and may hold spaces.
	s := string(b)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 17 {
		return 0, fmt.Errorf("/proc/%d/stat: %d fields after the name, want at least 17", pid, len(fields))
	}
	return strconv.Atoi(fields[16])
}
