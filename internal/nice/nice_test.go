package nice

import (
	"bufio"
	"testing"

	"github.com/platform/estate/internal/nice/nicetest"
	"github.com/platform/estate/internal/proc"
)

func TestCommandLowersThePriority(t *testing.T) {
	own := nicetest.Headroom(t, 10)
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
