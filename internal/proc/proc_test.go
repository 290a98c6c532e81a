package proc

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

func requireProc(t *testing.T) {
	t.Helper()
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc")
	}
}

// TestStatReadsPastTheName: a command name with spaces and parentheses
// does not shift the fields.
func TestStatReadsPastTheName(t *testing.T) {
	requireProc(t)
	dir := t.TempDir()
	odd := dir + "/a (b) c"
	if err := os.Symlink("/bin/sleep", odd); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(odd, "5")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	fields, err := Stat(cmd.Process.Pid)
	if err != nil {
		t.Fatal(err)
	}
	if fields[FieldParent] != strconv.Itoa(os.Getpid()) {
		t.Errorf("parent field %q, want this test's PID %d (fields %q)", fields[FieldParent], os.Getpid(), fields)
	}
	if kids := Children()[os.Getpid()]; !slices.Contains(kids, cmd.Process.Pid) {
		t.Errorf("Children of this test %v, want %d among them", kids, cmd.Process.Pid)
	}
	if all := Descendants(os.Getpid()); !slices.Contains(all, cmd.Process.Pid) {
		t.Errorf("Descendants of this test %v, want %d among them", all, cmd.Process.Pid)
	}
	// The program's own name, not the link's it was started by.
	target, err := filepath.EvalSymlinks("/bin/sleep")
	if err != nil {
		t.Fatal(err)
	}
	if got := Executable(cmd.Process.Pid); got != filepath.Base(target) {
		t.Errorf("Executable of the child %q, want %q", got, filepath.Base(target))
	}
	own, err := Nice(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if n, err := Nice(cmd.Process.Pid); err != nil || n != own {
		t.Errorf("Nice of the child %d, %v; want the parent's %d", n, err, own)
	}
}
