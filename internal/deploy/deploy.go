// Package deploy runs the estate's deployments with the real cdktf CLI and
// Terraform: against the local emulator (the default target) or AWS.
//
// `make up`, `make down` (tools/estate) and the end-to-end tests all go
// through it, so the tests prove what users run.
package deploy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/awsapi"
	"github.com/platform/estate/internal/emulator"
	"github.com/platform/estate/internal/filelock"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/internal/nice"
	"github.com/platform/estate/internal/terraformrc"
)

// Runner deploys one checkout of the project.
type Runner struct {
	// Root is the project root: cdktf.json, envs/, node_modules/.
	Root string
	// Workdir holds cdktf.out/ and state/ (Root for make; a temporary
	// folder for tests, so that they never touch a user's deployment).
	Workdir string
	// Project is the validated configuration, settings included.
	Project *envs.Project
	// Stdout and Stderr receive what the CLIs print.
	Stdout, Stderr io.Writer
	// Nice lowers the CPU priority of every process the runner starts (the
	// synthesis, the CLIs, Terraform and its providers, the emulator) by
	// this increment; 0 leaves them at the caller's. The end-to-end tests
	// run the deployments that are not on their longest path so.
	Nice int

	settings map[string]string
	env      []string
	emulator *emulator.Emulator
	// interrupted is set by Interrupt: no cdktf or Terraform command starts
	// after it, and the one running ends in ErrInterrupted.
	interrupted atomic.Bool
}

// ErrInterrupted ends a command that Ctrl-C (Interrupt) stopped.
var ErrInterrupted = errors.New("interrupted")

// Interrupt stops the runner as Ctrl-C should: it passes the interrupt to
// the Terraform processes running (InterruptTerraform), which stop what is
// in flight, save their state and exit, and it lets no further cdktf or
// Terraform command start. The command running ends in ErrInterrupted,
// whatever its exit status: interrupted, the cdktf CLI stops its stacks
// and exits 0, as if they were done (a make down would then go on to
// destroy the network under a half-destroyed app stack). It tells whether
// this was the first interrupt.
func (r *Runner) Interrupt() bool {
	if r.interrupted.Swap(true) {
		return false
	}
	InterruptTerraform()
	return true
}

// run runs cmd (what, for messages) unless Interrupt ran; when Interrupt
// runs meanwhile, it ends in ErrInterrupted whatever cmd's exit status.
func (r *Runner) run(cmd *exec.Cmd, what string) error {
	if r.interrupted.Load() {
		return fmt.Errorf("%s: %w", what, ErrInterrupted)
	}
	err := cmd.Run()
	if r.interrupted.Load() {
		return fmt.Errorf("%s: %w", what, ErrInterrupted)
	}
	return err
}

// New loads and validates the project in root with the process environment
// and settings over it (settings win; they are also what the CLIs see).
func New(root, workdir string, settings map[string]string, stdout, stderr io.Writer) (*Runner, error) {

	getenv := func(k string) string {
		if v, ok := settings[k]; ok {
			return v
		}
		return os.Getenv(k)
	}
	project, err := envs.Load(envs.EnvsDirIn(root, getenv), getenv)
	if err != nil {
		return nil, err
	}
	if project.Target == envs.TargetAWS && getenv("AWS_ENDPOINT_URL") != "" {
		return nil, fmt.Errorf("TARGET=aws but AWS_ENDPOINT_URL is set (%s): unset it to deploy to AWS, or deploy to the emulator with TARGET=local", getenv("AWS_ENDPOINT_URL"))
	}
	config, _, err := terraformrc.Write(root, getenv)
	if err != nil {
		return nil, err
	}
	// Absolute from here on: Terraform runs in each stack's folder, cdktf
	// in root. (The specs were read by the given path, which messages name.)
	if root, err = filepath.Abs(root); err != nil {
		return nil, err
	}
	if workdir, err = filepath.Abs(workdir); err != nil {
		return nil, err
	}
	r := &Runner{Root: root, Workdir: workdir, Project: project, Stdout: stdout, Stderr: stderr, settings: settings}
	r.env = append(os.Environ(),
		"CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1", "TF_INPUT=0",
		"TF_CLI_CONFIG_FILE="+config)
	for _, k := range slices.Sorted(maps.Keys(settings)) {
		r.env = append(r.env, k+"="+settings[k])
	}
	return r, nil
}

// Env is the environment the CLIs run with (for the emulator: its endpoint
// and dummy credentials).
func (r *Runner) Env() []string { return slices.Clone(r.env) }

// Outdir is where cdktf writes the stacks.
func (r *Runner) Outdir() string { return filepath.Join(r.Workdir, "cdktf.out") }

// StateDir is the target's local state folder (also the emulator's record).
func (r *Runner) StateDir() string {
	return filepath.Join(r.Workdir, filepath.FromSlash(layout.StateFolder(r.Project.Target, r.Project.Set)))
}

// StackDir is where Terraform runs for stack.
func (r *Runner) StackDir(stack string) string { return filepath.Join(r.Outdir(), "stacks", stack) }

// Local reports whether the target is the emulator.
func (r *Runner) Local() bool { return r.Project.Target == envs.TargetLocal }

// Spec returns the environment named env, or an error naming the choices.
func (r *Runner) Spec(env string) (*envs.Spec, error) {
	var names []string
	for i := range r.Project.Environments {
		s := &r.Project.Environments[i]
		if s.Name == env {
			return s, nil
		}
		names = append(names, s.Name)
	}
	return nil, fmt.Errorf("ENV=%s: no such environment; use one of %s (a file in envs/ each)", env, strings.Join(names, ", "))
}

// Stacks are the stacks env deploys: the network's (when it has one) and
// its app stack. A copy of env (ENVIRONMENT_SUFFIX) deploys its app stack
// alone: it reads env's network, deployed without the suffix, and never
// changes it.
func (r *Runner) Stacks(env string) []string {
	app := layout.AppStack(env, r.Project.Suffix)
	if spec, err := r.Spec(env); r.Project.Suffix != "" || (err == nil && !spec.Network.Enabled) {
		return []string{app}
	}
	return []string{layout.NetworkStack, app}
}

// hasNetwork reports whether an environment has a network (and so the app
// has a network stack).
func (r *Runner) hasNetwork() bool {
	return slices.ContainsFunc(r.Project.Environments, func(s envs.Spec) bool { return s.Network.Enabled })
}

// StartEmulator makes sure the local emulator runs and points the CLIs at
// it. A new emulator holds nothing, so the local state is reset then.
func (r *Runner) StartEmulator() error {
	if !r.Local() {
		return nil
	}
	why := emulator.Gone(r.StateDir())
	e, fresh, err := emulator.Start(r.StateDir(), r.Nice)
	if err != nil {
		return err
	}
	if fresh && why != "" {
		fmt.Fprintf(r.Stderr, "estate: the local emulator is gone (%s), and with it everything deployed to it; deploying again from scratch on a new one\n", why)
	}
	if fresh {
		fmt.Fprintf(r.Stderr, "estate: started the local AWS emulator at %s (pid %d)\n", e.Endpoint(), e.PID)
		if err := r.resetLocalState(); err != nil {
			return err
		}
	}
	r.UseEmulator(e)
	return r.bootstrapStateBucket()
}

// UseEmulator points the CLIs at e (an emulator another runner started).
func (r *Runner) UseEmulator(e *emulator.Emulator) {
	r.emulator = e
	r.env = e.Apply(r.env)
}

// resetLocalState forgets what was deployed to an emulator that is gone.
func (r *Runner) resetLocalState() error {
	files, _ := filepath.Glob(filepath.Join(r.StateDir(), "*.tfstate*"))
	partial, _ := filepath.Glob(filepath.Join(r.StateDir(), ".outputs-*.json"))
	for _, f := range slices.Concat(files, partial, []string{r.outputsFile(), r.outputsFile() + ".lock"}) {
		if err := os.Remove(f); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}

// bootstrapStateBucket creates the S3 state bucket on the emulator when the
// S3 backend is chosen (on AWS the bucket is the user's to provide).
func (r *Runner) bootstrapStateBucket() error {
	b := r.Project.Backend
	if b.Kind != envs.BackendS3 {
		return nil
	}
	ctx := context.Background()
	cfg, err := awsapi.Load(ctx, r.env)
	if err != nil {
		return err
	}
	client := cfg.In(b.Region).S3()
	if _, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: &b.Bucket}); err == nil {
		return nil
	}
	in := &s3.CreateBucketInput{Bucket: &b.Bucket}
	if b.Region != "us-east-1" {
		in.CreateBucketConfiguration = &s3types.CreateBucketConfiguration{LocationConstraint: s3types.BucketLocationConstraint(b.Region)}
	}
	if _, err := client.CreateBucket(ctx, in); err != nil {
		return fmt.Errorf("creating the state bucket %s on the emulator: %w", b.Bucket, err)
	}
	versioning := &s3types.VersioningConfiguration{Status: s3types.BucketVersioningStatusEnabled}
	if _, err := client.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: &b.Bucket, VersioningConfiguration: versioning}); err != nil {
		return fmt.Errorf("turning on the versioning of the state bucket %s: %w", b.Bucket, err)
	}
	return nil
}

// StopEmulator stops the local emulator and forgets the local state.
func (r *Runner) StopEmulator() error {
	if err := emulator.Stop(r.StateDir()); err != nil {
		return err
	}
	return r.resetLocalState()
}

// Synth synthesizes into Outdir as `cdktf synth` does, without the CLI: it
// runs cdktf.json's app command in Root with CDKTF_OUTDIR, fails on an
// error annotation in the manifest, and removes the folders of stacks the
// app no longer has (the others keep their .terraform folder and lock
// file). The CLI costs about 4.5 s of processor time to start, more than
// the synthesis (measured on 2 cores: 6.5 s of processor time and 5 s of
// wall time through the CLI, 2.4 s and 2 s direct, the same bytes);
// deploy and destroy go through the CLI.
func (r *Runner) Synth() error {
	b, err := os.ReadFile(filepath.Join(r.Root, "cdktf.json"))
	if err != nil {
		return err
	}
	var config struct{ App string }
	if err := json.Unmarshal(b, &config); err != nil {
		return fmt.Errorf("%s: %w", filepath.Join(r.Root, "cdktf.json"), err)
	}
	if config.App == "" {
		return fmt.Errorf("%s has no app command (\"app\": \"go run -trimpath .\")", filepath.Join(r.Root, "cdktf.json"))
	}
	cmd := nice.Command(r.Nice, "sh", "-c", config.App)
	cmd.Dir, cmd.Stdout, cmd.Stderr = r.Root, r.Stdout, r.Stderr
	cmd.Env = append(slices.Clone(r.env), "CDKTF_OUTDIR="+r.Outdir(), "CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS=true")
	if err := r.run(cmd, "synthesis"); err != nil {
		if errors.Is(err, ErrInterrupted) {
			return err
		}
		return fmt.Errorf("synthesis (%s): %w", config.App, err)
	}
	stacks, err := checkManifest(r.Outdir())
	if err != nil {
		return err
	}
	fmt.Fprintf(r.Stderr, "estate: synthesized %s into %s\n", strings.Join(stacks, ", "), r.Outdir())
	return nil
}

// checkManifest reads the manifest of a synthesis in outdir: its error
// annotations are the synthesis's failure (the app wrote them instead of
// failing, as for the CLI, which prints them); folders of stacks it does
// not list are removed, as the CLI does. It returns the stacks' names.
func checkManifest(outdir string) ([]string, error) {
	b, err := os.ReadFile(filepath.Join(outdir, "manifest.json"))
	if err != nil {
		return nil, fmt.Errorf("the synthesis wrote no manifest: %w", err)
	}
	var manifest struct {
		Stacks map[string]struct {
			Annotations []struct{ ConstructPath, Level, Message string }
		}
	}
	if err := json.Unmarshal(b, &manifest); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(outdir, "manifest.json"), err)
	}
	names := slices.Sorted(maps.Keys(manifest.Stacks))
	var problems []string
	for _, name := range names {
		for _, a := range manifest.Stacks[name].Annotations {
			if a.Level == "ERROR" {
				problems = append(problems, a.ConstructPath+": "+a.Message)
			}
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("the synthesis reported errors:\n  %s", strings.Join(problems, "\n  "))
	}
	dirs, err := os.ReadDir(filepath.Join(outdir, "stacks"))
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if _, ok := manifest.Stacks[d.Name()]; !ok && d.IsDir() {
			if err := os.RemoveAll(filepath.Join(outdir, "stacks", d.Name())); err != nil {
				return nil, err
			}
		}
	}
	return names, nil
}

// Init runs `terraform init` in each stack's folder. cdktf deploy would run
// `terraform providers lock` for a stack without a lock file, which asks the
// registry even when the CLI configuration names a mirror; init writes the
// lock file from the mirror. From an unpacked mirror the inits run at once;
// with a plugin cache one at a time, across processes too (see
// terraformrc.LockInit). Each takes a second or two.
//
// A stack folder that an init completed in (it has the lock file and
// installed providers: the synthesis keeps both) is left to cdktf's own
// init, which then installs nothing.
func (r *Runner) Init(stackNames ...string) error {
	stackNames = slices.DeleteFunc(slices.Clone(stackNames), r.initialized)
	if len(stackNames) == 0 {
		return nil
	}
	unlock, concurrent, err := terraformrc.LockInit(r.Root)
	if err != nil {
		return err
	}
	defer unlock()
	errs := make([]error, len(stackNames))
	var wg sync.WaitGroup
	for i, stack := range stackNames {
		init := func() {
			var out bytes.Buffer
			if err := r.terraform(&out, stack, "init", "-input=false", "-no-color"); err != nil {
				errs[i] = fmt.Errorf("terraform init of %s: %w\n%s", stack, err, out.String())
			}
		}
		if concurrent {
			wg.Go(init)
		} else {
			init()
		}
	}
	wg.Wait()
	return errors.Join(errs...)
}

// initialized tells whether an init completed in stack's folder.
func (r *Runner) initialized(stack string) bool {
	for _, p := range []string{".terraform.lock.hcl", filepath.Join(".terraform", "providers")} {
		if _, err := os.Stat(filepath.Join(r.StackDir(stack), p)); err != nil {
			return false
		}
	}
	return true
}

// Deploy runs `cdktf deploy` of the synthesized stacks (dependencies first,
// independent stacks at once) and records their outputs.
func (r *Runner) Deploy(stackNames ...string) error {
	if err := r.checkLocks(stackNames); err != nil {
		return err
	}
	if err := r.Init(stackNames...); err != nil {
		return err
	}
	if _, err := r.resume(stackNames); err != nil {
		return err
	}
	if err := r.startJournal(stackNames); err != nil {
		return err
	}
	// cdktf writes the outputs of the stacks it deploys, and only those:
	// they go into the outputs file beside those of the other stacks.
	if err := os.MkdirAll(r.StateDir(), 0o755); err != nil {
		return err
	}
	deployed, err := os.CreateTemp(r.StateDir(), ".outputs-*.json")
	if err != nil {
		return err
	}
	deployed.Close()
	defer os.Remove(deployed.Name())
	args := append([]string{"deploy"}, stackNames...)
	args = append(args, "--auto-approve", "--skip-synth", "--output", r.Outdir(), "--outputs-file", deployed.Name())
	if !slices.Contains(stackNames, layout.NetworkStack) {
		// App stacks alone: the network is deployed already. (The flag
		// also drops cdktf's ordering, so it is never given with the
		// network in the list.)
		args = append(args, "--ignore-missing-stack-dependencies")
	}
	deployErr := r.cdktf(r.Stdout, args...)
	// What cdktf wrote, also of a deploy that failed in a later stack.
	var outputsErr error
	if b, err := os.ReadFile(deployed.Name()); err != nil {
		outputsErr = err
	} else if len(bytes.TrimSpace(b)) > 0 {
		var outputs map[string]json.RawMessage
		if outputsErr = json.Unmarshal(b, &outputs); outputsErr != nil {
			outputsErr = fmt.Errorf("the outputs cdktf wrote: %w", outputsErr)
		} else {
			outputsErr = r.editOutputs(func(all map[string]json.RawMessage) error {
				maps.Copy(all, outputs)
				return nil
			})
		}
	}
	if deployErr != nil {
		// The journal stays: the next deploy adopts what this one
		// created and did not record.
		return deployErr
	}
	if err := r.endJournal(stackNames); err != nil {
		return err
	}
	return outputsErr
}

// Destroy runs `cdktf destroy` of the stacks: app stacks, or the network
// alone once every app stack is destroyed.
func (r *Runner) Destroy(stackNames ...string) error {
	if slices.Contains(stackNames, layout.NetworkStack) && len(stackNames) > 1 {
		return fmt.Errorf("destroy the app stacks first, then the network alone (got %v)", stackNames)
	}
	if err := r.checkLocks(stackNames); err != nil {
		return err
	}
	if err := r.Init(stackNames...); err != nil {
		return err
	}
	args := append([]string{"destroy"}, stackNames...)
	args = append(args, "--auto-approve", "--skip-synth", "--output", r.Outdir())
	if slices.Contains(stackNames, layout.NetworkStack) {
		// The app stacks are gone already; cdktf would insist on them.
		args = append(args, "--ignore-missing-stack-dependencies")
	}
	if err := r.cdktf(r.Stdout, args...); err != nil {
		return err
	}
	// What cdktf calls done is checked against the states: a stack stopped
	// half-way must not pass for destroyed (make down would go on to the
	// network).
	for _, stack := range stackNames {
		n, err := r.stateResources(stack)
		if err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("cdktf destroy of %s ended, but its state still holds %d resources: run the same command again to finish", stack, n)
		}
	}
	return r.editOutputs(func(all map[string]json.RawMessage) error {
		for _, stack := range stackNames {
			delete(all, stack)
		}
		return nil
	})
}

// Plan runs `terraform plan -detailed-exitcode` for a deployed stack and
// reports whether it has changes; out is what Terraform printed.
func (r *Runner) Plan(stack string, extra ...string) (changes bool, out string, err error) {
	var buf bytes.Buffer
	args := append([]string{"plan", "-input=false", "-no-color", "-lock=false", "-detailed-exitcode"}, extra...)
	err = r.terraform(&buf, stack, args...)
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 2 {
		return true, buf.String(), nil
	}
	if err != nil {
		return false, buf.String(), fmt.Errorf("terraform plan of %s: %w\n%s", stack, err, buf.String())
	}
	return false, buf.String(), nil
}

// Outputs are the deployed stacks' outputs, by stack and name.
func (r *Runner) Outputs() (map[string]map[string]any, error) {
	b, err := os.ReadFile(r.outputsFile())
	if err != nil {
		return nil, err
	}
	var out map[string]map[string]any
	return out, json.Unmarshal(b, &out)
}

func (r *Runner) outputsFile() string { return filepath.Join(r.StateDir(), "outputs.json") }

// editOutputs changes the outputs file (outputs by stack) under a lock:
// deploys and destroys of other stacks may run at once, in this process
// (make down) or in another (a copy of an environment beside it). The file
// is replaced whole, never left half written.
func (r *Runner) editOutputs(edit func(all map[string]json.RawMessage) error) error {
	file := r.outputsFile()
	unlock, err := filelock.Lock(file + ".lock")
	if err != nil {
		return err
	}
	defer unlock()
	all := map[string]json.RawMessage{}
	switch b, err := os.ReadFile(file); {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return err
	default:
		if err := json.Unmarshal(b, &all); err != nil {
			return fmt.Errorf("%s: %w (remove it; the next make up writes it again)", file, err)
		}
	}
	if err := edit(all); err != nil {
		return err
	}
	if len(all) == 0 {
		if err := os.Remove(file); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		return nil
	}
	b, err := json.MarshalIndent(all, "", "  ")
	if err != nil {
		return err
	}
	tmp := file + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, file)
}

func (r *Runner) cdktf(stdout io.Writer, args ...string) error {
	cli := filepath.Join(r.Root, layout.CLI)
	if _, err := os.Stat(cli); err != nil {
		return fmt.Errorf("the cdktf CLI is not installed in %s; run make deps (npm ci)", filepath.Dir(cli))
	}
	cmd := nice.Command(r.Nice, cli, args...)
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = r.Root, r.env, stdout, r.Stderr
	// cdktf may exit before it prints Terraform's last lines, the error
	// among them: Terraform's own log keeps the errors. It is a file of
	// this command's, out of cdktf.out (which holds only what the synthesis
	// wrote, so that a failed synthesis can remove it).
	var errorLog string
	if args[0] == "deploy" || args[0] == "destroy" {
		f, err := os.CreateTemp("", "estate-terraform-errors-*.log")
		if err != nil {
			return err
		}
		f.Close()
		errorLog = f.Name()
		defer os.Remove(errorLog)
		cmd.Env = append(slices.Clone(r.env), "TF_LOG=ERROR", "TF_LOG_PATH="+errorLog)
	}
	// Named by its command and stacks (not its flags and paths).
	what := "cdktf " + strings.Join(slices.DeleteFunc(slices.Clone(args), func(a string) bool { return strings.HasPrefix(a, "-") || filepath.IsAbs(a) }), " ")
	if err := r.run(cmd, what); err != nil {
		if errors.Is(err, ErrInterrupted) {
			return err
		}
		if said := terraformErrors(errorLog); said != "" {
			return fmt.Errorf("cdktf %s: %w; Terraform reported:\n%s", args[0], err, said)
		}
		return fmt.Errorf("cdktf %s: %w", args[0], err)
	}
	return nil
}

// terraformErrors are the distinct error lines of a Terraform log
// (TF_LOG=ERROR), at most 20.
func terraformErrors(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		_, msg, ok := strings.Cut(line, "[ERROR]")
		msg = strings.TrimSpace(msg)
		if !ok || !strings.Contains(strings.ToLower(msg), "error") || seen[msg] || len(out) == 20 {
			continue
		}
		seen[msg] = true
		out = append(out, "  "+msg)
	}
	return strings.Join(out, "\n")
}

func (r *Runner) terraform(stdout io.Writer, stack string, args ...string) error {
	cmd := r.terraformCmd(stack, args...)
	cmd.Stdout, cmd.Stderr = stdout, stdout
	return r.run(cmd, "terraform "+args[0]+" of "+stack)
}

// terraformCmd is Terraform with args in stack's folder.
func (r *Runner) terraformCmd(stack string, args ...string) *exec.Cmd {
	bin := os.Getenv("TERRAFORM_BINARY_NAME")
	if bin == "" {
		bin = "terraform"
	}
	cmd := nice.Command(r.Nice, bin, args...)
	cmd.Dir, cmd.Env = r.StackDir(stack), r.env
	return cmd
}

// Emulator is the running emulator of the local target, or nil.
func (r *Runner) Emulator() *emulator.Emulator {
	if r.emulator == nil {
		r.emulator, _ = emulator.Find(r.StateDir())
	}
	return r.emulator
}

// PlanJSON plans stack and writes the plan's JSON (terraform show -json) to
// file, for scanners. With refresh the plan first reads the stack's
// resources from the cloud, as a deploy does; without, it compares the code
// with the state alone. changes tells whether the plan would change
// anything; out is what Terraform printed.
func (r *Runner) PlanJSON(stack, file string, refresh bool) (changes bool, out string, err error) {
	planFile := r.planFile(stack)
	defer os.Remove(planFile)
	changes, out, err = r.Plan(stack, "-refresh="+strconv.FormatBool(refresh), "-out="+planFile)
	if err != nil {
		return false, out, err
	}
	shown, err := r.show(stack, planFile)
	if err != nil {
		return false, out, err
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return false, out, err
	}
	return changes, out, os.WriteFile(file, shown, 0o644)
}

// planFile is where the runner's plans of stack go (in its folder).
func (r *Runner) planFile(stack string) string {
	return filepath.Join(r.StackDir(stack), "estate.tfplan")
}

// show is `terraform show -json` of the plan of stack in planFile.
func (r *Runner) show(stack, planFile string) ([]byte, error) {
	var shown bytes.Buffer
	if err := r.terraform(&shown, stack, "show", "-json", planFile); err != nil {
		return nil, fmt.Errorf("terraform show of the plan of %s: %w\n%s", stack, err, shown.String())
	}
	return shown.Bytes(), nil
}

// Resources returns the synthesized resources of stack (its cdk.tf.json), by
// type and name.
func (r *Runner) Resources(stack string) (map[string]map[string]map[string]any, error) {
	b, err := os.ReadFile(filepath.Join(r.StackDir(stack), "cdk.tf.json"))
	if err != nil {
		return nil, err
	}
	var doc struct {
		Resource map[string]map[string]map[string]any `json:"resource"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("reading the synthesized %s: %w", stack, err)
	}
	return doc.Resource, nil
}
