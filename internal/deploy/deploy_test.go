package deploy

import (
	"io"
	"path/filepath"
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
