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
	// Unpacked providers: each init links to the mirror, no cache.
	want := `do not edit.
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

// A mirror of zip archives (the packed layout) keeps the plugin cache, so
// that each init links instead of unpacking its own copy; then inits go one
// at a time. From an unpacked mirror they may run at once.
func TestInitsShareACacheOnlyForAPackedMirror(t *testing.T) {
	zip := func(mirror, provider string) string {
		dir := filepath.Join(mirror, "registry.terraform.io", "hashicorp", provider)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "terraform-provider-"+provider+"_1.0.0_linux_amd64.zip"), nil, 0o644); err != nil {
			t.Fatal(err)
		}
		return mirror
	}
	for _, c := range []struct {
		what, mirror string
		cache        bool
	}{
		{"unpacked", mirror(t), false},
		{"packed", zip(t.TempDir(), "aws"), true},
		{"partly packed", zip(mirror(t), "null"), true},
	} {
		root := t.TempDir()
		config, _, err := Write(root, func(k string) string { return map[string]string{MirrorEnv: c.mirror}[k] })
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(config)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(b), "plugin_cache_dir"); got != c.cache {
			t.Errorf("%s mirror: plugin cache named %v, want %v:\n%s", c.what, got, c.cache, b)
		}
		if _, err := os.Stat(filepath.Join(root, ".terraform.d", "plugin-cache")); (err == nil) != c.cache {
			t.Errorf("%s mirror: plugin cache folder made %v, want %v", c.what, err == nil, c.cache)
		}
		unlock, concurrent, err := LockInit(root)
		if err != nil {
			t.Fatal(err)
		}
		unlock()
		if concurrent == c.cache {
			t.Errorf("%s mirror: concurrent inits %v, want %v", c.what, concurrent, !c.cache)
		}
	}
}
