package tests

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/platform/estate/internal/synthtest"
)

// goldenPath is where a stack's synthesized JSON is checked in.
func goldenPath(stack string) string {
	return filepath.Join("testdata", stack+".tf.json")
}

// TestGolden compares every stack with its checked-in JSON. A reviewer reads
// the golden diff to see what a change does to the infrastructure; refresh
// with `make golden` (go test ./__tests__ -run TestGolden -update).
func TestGolden(t *testing.T) {
	s := awsSynth(t)
	if *update {
		old, _ := filepath.Glob(filepath.Join("testdata", "*.tf.json"))
		for _, f := range old {
			os.Remove(f)
		}
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range s.StackNames() {
		got := s.Files[name]
		if *update {
			if err := os.WriteFile(goldenPath(name), got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(goldenPath(name))
		if err != nil {
			t.Errorf("%s: no golden file (%v); run make golden and review the diff", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s:\n%s\nIf the change is intended, run make golden and commit the reviewed diff.", name, goldenPath(name), firstDifference(want, got))
		}
	}
	// A stack that no longer exists must not keep a golden file.
	files, _ := filepath.Glob(filepath.Join("testdata", "*.tf.json"))
	for _, f := range files {
		if _, ok := s.Files[strings.TrimSuffix(filepath.Base(f), ".tf.json")]; !ok {
			t.Errorf("%s belongs to no stack; run make golden", f)
		}
	}
}

// firstDifference shows the first differing line of two texts, with context.
func firstDifference(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n  golden: " + wl + "\n  synth:  " + gl
		}
	}
	return "(only trailing bytes differ)"
}

// requireTerraform returns the Terraform binary (skipped without it
// locally, failed in CI).
var requireTerraform = synthtest.RequireTerraform

// TestValidTerraform synthesizes every stack on its own (Testing_FullSynth)
// and runs terraform validate over all of them.
func TestValidTerraform(t *testing.T) {
	terraform := requireTerraform(t)
	s := awsSynth(t)
	// jsii first, while no other test runs (the runtime takes one call at a time).
	dirs := s.FullSynth(t, s.StackNames()...)
	t.Parallel()
	validate(t, terraform, dirs)
}

// validate runs terraform validate over the stacks in dirs (folders by
// stack name).
func validate(t *testing.T, terraform string, dirs map[string]string) {
	t.Helper()
	synthtest.Validate(t, projectRoot, terraform, dirs)
}
