package tests

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
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
	for _, name := range s.stackNames() {
		got := s.files[name]
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
		if _, ok := s.files[strings.TrimSuffix(filepath.Base(f), ".tf.json")]; !ok {
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

// requireTerraform skips the test on a workstation without terraform, and
// fails it in CI. TestMain has pointed Terraform at the project's CLI
// configuration already.
func requireTerraform(t *testing.T) string {
	t.Helper()
	name := terraformBinary()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed; CI needs it (see README: Prerequisites)", name)
		}
		t.Skipf("%s is not installed; install it to validate the stacks (see README)", name)
	}
	return name
}

// terraformBinary is the binary cdktf runs: terraform, or what
// TERRAFORM_BINARY_NAME names (tofu for OpenTofu).
func terraformBinary() string {
	if name := os.Getenv("TERRAFORM_BINARY_NAME"); name != "" {
		return name
	}
	return "terraform"
}

// TestValidTerraform runs terraform init and validate on every stack,
// synthesized on its own with Testing_FullSynth.
func TestValidTerraform(t *testing.T) {
	terraform := requireTerraform(t)
	s := awsSynth(t)
	for _, name := range s.stackNames() {
		t.Run(name, func(t *testing.T) {
			dir := *cdktf.Testing_FullSynth(s.stack(name))
			defer os.RemoveAll(dir)
			if !*cdktf.Testing_ToBeValidTerraform(jsii.String(dir)) {
				// The matcher only says no; say why.
				var out []byte
				for _, args := range [][]string{{"init", "-no-color"}, {"validate", "-no-color"}} {
					cmd := exec.Command(terraform, args...)
					cmd.Dir = filepath.Join(dir, "stacks", name)
					o, _ := cmd.CombinedOutput()
					out = append(out, o...)
				}
				t.Errorf("%s is not valid Terraform:\n%s", name, out)
			}
		})
	}
}
