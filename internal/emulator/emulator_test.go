package emulator

import (
	"os"
	"os/exec"
	"syscall"
	"testing"
)

func TestStartFindStop(t *testing.T) {
	if _, err := exec.LookPath(Command); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing in CI: %s", Command, InstallHint)
		}
		t.Skipf("%s is not installed", Command)
	}
	dir := t.TempDir()
	e, fresh, err := Start(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { Stop(dir) })
	if !fresh || e.Port == 0 {
		t.Fatalf("Start = %+v, fresh %v; want a new emulator", e, fresh)
	}
	again, fresh, err := Start(dir)
	if err != nil || fresh || *again != *e {
		t.Fatalf("second Start = %+v, fresh %v, %v; want the running one", again, fresh, err)
	}
	if err := Stop(dir); err != nil {
		t.Fatal(err)
	}
	if syscall.Kill(e.PID, 0) == nil {
		t.Errorf("pid %d still runs after Stop", e.PID)
	}
	if found, err := Find(dir); err != nil || found != nil {
		t.Errorf("Find after Stop = %+v, %v; want nothing", found, err)
	}
}
