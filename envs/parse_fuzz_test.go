package envs

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the spec parser: whatever a user
// writes, the answer is a spec or problems, never a panic.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("*.yaml")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"", "---\n---\n", "region: [", "- a\n- b\n", "network: {cidr: 10.0.0.0/33}\n",
		"<<: *base\n", "? complex\n: key\n", "lambda:\n  memory_mb: 99999999999999999999\n",
		"tags: !!map {}\n", "region: &r us-east-1\nkms: *r\n", "bucket:\n  versioning: null\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		_, _, problems := Parse("envs/fuzz.yaml", src)
		for _, p := range problems {
			if p.File != "envs/fuzz.yaml" || p.Message == "" {
				t.Errorf("problem without file or message: %+v", p)
			}
		}
	})
}
