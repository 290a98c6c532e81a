package jsiiruntime

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/third_party/jsii-kernel"
)

const root = "../.."

// TestKernelIsDerivedFromTheModule: the committed kernel is the jsii
// runtime module's program with exactly the listed patches.
func TestKernelIsDerivedFromTheModule(t *testing.T) {
	dir, version, err := RuntimeModuleDir(root)
	if err != nil {
		t.Fatal(err)
	}
	program, m, err := DeriveKernel(dir, version)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(program, kernel.Program) {
		t.Errorf("%s/program.js is not what %s@%s derives; run make provider", KernelDir, RuntimeModule, version)
	}
	var recorded KernelManifest
	b, err := os.ReadFile(filepath.Join(root, KernelDir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &recorded); err != nil {
		t.Fatal(err)
	}
	if recorded.SHA256 != m.SHA256 || recorded.Version != version || len(recorded.Patches) != len(patches) {
		t.Errorf("%s/manifest.json records %+v, the derivation %+v", KernelDir, recorded, *m)
	}
}

// TestKernelRunsInOneProcess starts the runtime as Start configures it and
// synthesizes a small app: one Node process serves it (the standard
// runtime runs two), and the app's JSON comes out.
func TestKernelRunsInOneProcess(t *testing.T) {
	if _, err := exec.LookPath(nodeBinary()); err != nil {
		t.Skip("no Node")
	}
	t.Setenv(EnvMode, "")
	t.Setenv(EnvRuntime, "")
	os.Unsetenv(EnvRuntime)
	if err := Start(); err != nil {
		t.Fatal(err)
	}
	command := os.Getenv(EnvRuntime)
	if !strings.Contains(command, "runtime.js") {
		t.Fatalf("%s=%q, want the estate's kernel", EnvRuntime, command)
	}
	outdir := t.TempDir()
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(outdir), StackTraces: jsii.Bool(false)})
	stack := cdktf.NewTerraformStack(app, jsii.String("one"))
	cdktf.NewTerraformOutput(stack, jsii.String("answer"), &cdktf.TerraformOutputConfig{Value: jsii.Number(42)})
	nodes := nodeChildren(t)
	app.Synth()
	defer jsii.Close()
	if len(nodes) != 1 {
		t.Errorf("%d Node processes serve jsii (%v), want 1", len(nodes), nodes)
	}
	b, err := os.ReadFile(filepath.Join(outdir, "stacks", "one", "cdk.tf.json"))
	if err != nil || !bytes.Contains(b, []byte(`"value": 42`)) {
		t.Errorf("the synthesized stack (%v):\n%s", err, b)
	}
}

// nodeChildren lists the Node processes among this process's descendants.
func nodeChildren(t *testing.T) []string {
	t.Helper()
	var out []string
	var walk func(pid int)
	walk = func(pid int) {
		// Each thread has children of its own.
		lists, err := filepath.Glob("/proc/" + strconv.Itoa(pid) + "/task/*/children")
		if err != nil || len(lists) == 0 {
			t.Skipf("cannot list child processes here: %v", err)
		}
		var children []string
		for _, l := range lists {
			b, _ := os.ReadFile(l)
			children = append(children, strings.Fields(string(b))...)
		}
		for _, f := range children {
			child, _ := strconv.Atoi(f)
			comm, _ := os.ReadFile("/proc/" + f + "/comm")
			if strings.TrimSpace(string(comm)) == "node" {
				out = append(out, f)
			}
			walk(child)
		}
	}
	walk(os.Getpid())
	return out
}

func TestModeSetting(t *testing.T) {
	t.Setenv(EnvRuntime, "")
	os.Unsetenv(EnvRuntime)
	t.Setenv(EnvMode, "fast")
	if err := Start(); err == nil || err.Error() != "ESTATE_JSII=fast: use standard (jsii-runtime-go's own runtime), or unset it" {
		t.Errorf("ESTATE_JSII=fast: %v", err)
	}
	t.Setenv(EnvMode, "standard")
	if err := Start(); err != nil || os.Getenv(EnvRuntime) != "" {
		t.Errorf("ESTATE_JSII=standard: %v, JSII_RUNTIME=%q; want the standard runtime", err, os.Getenv(EnvRuntime))
	}
}
