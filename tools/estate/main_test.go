package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoJSII: the tool reads state, runs the CLIs and prints reports; it
// must not link the jsii runtime (which starts Node and unpacks itself into
// the temporary directory on every run).
func TestNoJSII(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list -deps listed %d packages", len(deps))
	}
	for _, d := range deps {
		if strings.Contains(d, "jsii") || strings.HasPrefix(d, "github.com/hashicorp/terraform-cdk-go") || strings.HasPrefix(d, "github.com/aws/constructs-go") {
			t.Errorf("tools/estate depends on %s", d)
		}
	}
}

// TestLeavesNothingInTheTemporaryDirectory runs the built tool with a
// temporary directory of its own: with no arguments and for a report, it
// leaves that directory empty.
func TestLeavesNothingInTheTemporaryDirectory(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "estate")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, args := range [][]string{nil, {"parity"}} {
		tmp := t.TempDir()
		cmd := exec.Command(bin, args...)
		cmd.Dir = "../.."
		cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
		out, _ := cmd.CombinedOutput()
		if len(out) == 0 {
			t.Errorf("estate %v printed nothing", args)
		}
		if entries, _ := os.ReadDir(tmp); len(entries) > 0 {
			t.Errorf("estate %v left %s in the temporary directory", args, entries[0].Name())
		}
	}
}
