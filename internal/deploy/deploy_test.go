package deploy

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPathsAreAbsolute: Terraform runs inside each stack's folder, so every
// path the runner hands it must be absolute, whatever the caller passed
// (make passes "."; a relative plan path once broke make drift).
func TestPathsAreAbsolute(t *testing.T) {
	r, err := New("../..", "../..", map[string]string{"TARGET": "local", "ALLOW_DESTROY": "", "STATE_BACKEND": "", "ENVIRONMENT_SUFFIX": ""}, io.Discard, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{r.Root, r.Workdir, r.Outdir(), r.StateDir(), r.StackDir("network"), r.outputsFile()} {
		if !filepath.IsAbs(p) {
			t.Errorf("%s is relative", p)
		}
	}
	if !strings.HasSuffix(r.StateDir(), filepath.Join("state", "local")) {
		t.Errorf("state folder %s, want state/local", r.StateDir())
	}
	// Messages keep naming the specs by the path given.
	if f := r.Project.Environments[0].File; f != "../../envs/dev.yaml" {
		t.Errorf("spec file %s, want the path as given", f)
	}
}

// TestCheckManifest: the synthesis without the CLI keeps the CLI's two
// checks: an error annotation fails it, and a stack the app no longer has
// loses its folder while the others keep theirs, .terraform included.
func TestCheckManifest(t *testing.T) {
	out := t.TempDir()
	for _, dir := range []string{"stacks/network/.terraform", "stacks/app-dev", "stacks/app-gone/.terraform"} {
		if err := os.MkdirAll(filepath.Join(out, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(manifest string) {
		if err := os.WriteFile(filepath.Join(out, "manifest.json"), []byte(manifest), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"version":"0.20.11","stacks":{"network":{"annotations":[]},"app-dev":{"annotations":[{"constructPath":"app-dev/fn","level":"WARN","message":"old"}]}}}`)
	stacks, err := checkManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"app-dev", "network"}; !slices.Equal(stacks, want) {
		t.Errorf("stacks %v, want %v", stacks, want)
	}
	var left []string
	for _, dir := range []string{"stacks/network/.terraform", "stacks/app-dev", "stacks/app-gone"} {
		if _, err := os.Stat(filepath.Join(out, dir)); err == nil {
			left = append(left, dir)
		}
	}
	if want := []string{"stacks/network/.terraform", "stacks/app-dev"}; !slices.Equal(left, want) {
		t.Errorf("after the check %v exist, want %v", left, want)
	}

	write(`{"stacks":{"network":{"annotations":[{"constructPath":"network/aws","level":"ERROR","message":"no provider"}]}}}`)
	_, err = checkManifest(out)
	if err == nil || !strings.Contains(err.Error(), "network/aws: no provider") {
		t.Errorf("an error annotation: got %v, want a failure naming it", err)
	}
	os.Remove(filepath.Join(out, "manifest.json"))
	if _, err := checkManifest(out); err == nil {
		t.Error("no manifest: no failure")
	}
}
