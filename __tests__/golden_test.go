package tests

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/internal/terraformrc"
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

// TestValidTerraform synthesizes every stack on its own (Testing_FullSynth)
// and runs terraform validate on each.
func TestValidTerraform(t *testing.T) {
	terraform := requireTerraform(t)
	s := awsSynth(t)
	// jsii first, while no other test runs (the runtime takes one call at a time).
	dirs := map[string]string{}
	for _, name := range s.stackNames() {
		dir := *cdktf.Testing_FullSynth(s.stack(name))
		t.Cleanup(func() { os.RemoveAll(dir) })
		dirs[name] = filepath.Join(dir, "stacks", name)
	}
	t.Parallel()
	validate(t, terraform, dirs)
}

// validate runs terraform validate in each folder of dirs (by stack name).
// The stacks need the same providers, so one terraform init serves them all
// (TF_DATA_DIR), and the validations run at once: 6 s instead of 18 s for
// four inits and validations in turn.
func validate(t *testing.T, terraform string, dirs map[string]string) {
	t.Helper()
	data := t.TempDir()
	run := func(dir string, args ...string) error {
		cmd := exec.Command(terraform, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "TF_DATA_DIR="+data)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("terraform %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return nil
	}
	root, _ := filepath.Abs(projectRoot)
	unlock, err := terraformrc.LockInit(root)
	if err != nil {
		t.Fatal(err)
	}
	names := slices.Sorted(maps.Keys(dirs))
	first := dirs[names[0]]
	err = run(first, "init", "-backend=false", "-input=false", "-no-color")
	unlock()
	if err != nil {
		t.Fatal(err)
	}
	lock, err := os.ReadFile(filepath.Join(first, ".terraform.lock.hcl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if err := os.WriteFile(filepath.Join(dirs[name], ".terraform.lock.hcl"), lock, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := run(dirs[name], "validate", "-no-color"); err != nil {
				t.Errorf("%s is not valid Terraform: %v", name, err)
			}
		})
	}
}
