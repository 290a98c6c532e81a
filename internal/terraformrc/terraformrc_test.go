package terraformrc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func mirror(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, p := range []string{"hashicorp/aws/5.100.0/linux_amd64", "hashicorp/random/3.6.0/linux_amd64"} {
		if err := os.MkdirAll(filepath.Join(dir, "registry.terraform.io", p), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestWriteWithExplicitMirror(t *testing.T) {
	m := mirror(t)
	root := t.TempDir()
	config, used, err := Write(root, func(k string) string { return map[string]string{MirrorEnv: m}[k] })
	if err != nil {
		t.Fatal(err)
	}
	if used != m || config != filepath.Join(root, Path) {
		t.Errorf("used %q at %q; want %q at %q", used, config, m, filepath.Join(root, Path))
	}
	b, err := os.ReadFile(config)
	if err != nil {
		t.Fatal(err)
	}
	want := `plugin_cache_dir = "` + filepath.Join(root, ".terraform.d", "plugin-cache") + `"
provider_installation {
  filesystem_mirror {
    path    = "` + m + `"
    include = ["registry.terraform.io/hashicorp/aws", "registry.terraform.io/hashicorp/random"]
  }
  direct {
    exclude = ["registry.terraform.io/hashicorp/aws", "registry.terraform.io/hashicorp/random"]
  }
}
`
	if got := string(b); !strings.HasSuffix(got, want) {
		t.Errorf("got:\n%s\nwant it to end with:\n%s", got, want)
	}
}

func TestExplicitMirrorThatIsNotOne(t *testing.T) {
	_, err := FindMirror(func(k string) string { return map[string]string{MirrorEnv: t.TempDir()}[k] })
	if err == nil || !strings.Contains(err.Error(), "holds no provider") {
		t.Errorf("want an error naming the empty mirror, got %v", err)
	}
}

func TestNoMirrorMeansRegistry(t *testing.T) {
	got := Render("", "/cache")
	if strings.Contains(got, "provider_installation") || !strings.Contains(got, `plugin_cache_dir = "/cache"`) {
		t.Errorf("without a mirror, want only the plugin cache:\n%s", got)
	}
}
