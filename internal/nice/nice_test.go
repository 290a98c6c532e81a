package nice

import (
	"bufio"
	"os"
	"testing"

	"github.com/platform/estate/internal/proc"
)

func TestCommandLowersThePriority(t *testing.T) {
	own, err := proc.Nice(os.Getpid())
	if err != nil {
		t.Skipf("no nice value to read: %v", err)
	}
	if own > 9 {
		t.Skipf("the test runs at nice %d already", own)
	}
	for n, want := range map[int]int{0: own, 10: own + 10} {
		// The shell says it runs (nice has executed it in its own
		// process), then waits for its input to end.
		cmd := Command(n, "sh", "-c", "echo ready; cat >/dev/null")
		stdin, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if _, err := bufio.NewReader(stdout).ReadString('\n'); err != nil {
			t.Fatal(err)
		}
		got, err := proc.Nice(cmd.Process.Pid)
		stdin.Close()
		if werr := cmd.Wait(); werr != nil {
			t.Fatal(werr)
		}
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("Command(%d): the command runs at nice %d, want %d", n, got, want)
		}
	}
}
