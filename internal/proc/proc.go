// Package proc reads Linux's process table, /proc.
package proc

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Field indexes into what Stat returns (proc(5) numbers the fields from 1;
// Stat starts at field 3).
const (
	// FieldParent is the parent's PID (field 4).
	FieldParent = 1
	// FieldNice is the nice value (field 19).
	FieldNice = 16
	// FieldStart is when the process started, in clock ticks since boot
	// (field 22).
	FieldStart = 19
)

// Stat returns the fields of /proc/<pid>/stat that follow the command's
// name, which is in parentheses and may hold spaces and parentheses
// itself: the first is field 3, the state.
func Stat(pid int) ([]string, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return nil, err
	}
	s := string(b)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) <= FieldStart {
		return nil, fmt.Errorf("/proc/%d/stat: %d fields after the name, want at least %d", pid, len(fields), FieldStart+1)
	}
	return fields, nil
}

// Nice is the nice value process pid runs at.
func Nice(pid int) (int, error) {
	fields, err := Stat(pid)
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(fields[FieldNice])
}

// Children maps every running process to the processes it started.
func Children() map[int][]int {
	children := map[int][]int{}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, f := range stats {
		pid, err := strconv.Atoi(filepath.Base(filepath.Dir(f)))
		if err != nil {
			continue
		}
		fields, err := Stat(pid)
		if err != nil {
			continue // it has exited
		}
		if ppid, err := strconv.Atoi(fields[FieldParent]); err == nil {
			children[ppid] = append(children[ppid], pid)
		}
	}
	return children
}

// Descendants are the processes pid started, theirs, and so on, parents
// before their children.
func Descendants(pid int) []int {
	children := Children()
	var out []int
	for queue := children[pid]; len(queue) > 0; queue = queue[1:] {
		out = append(out, queue[0])
		queue = append(queue, children[queue[0]]...)
	}
	return out
}

// Executable is the name of the program process pid runs ("" when it has
// exited or cannot be read).
func Executable(pid int) string {
	exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid))
	if err != nil {
		return ""
	}
	return filepath.Base(exe)
}
