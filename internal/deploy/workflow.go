package deploy

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/emulator"
	"github.com/platform/estate/internal/layout"
)

// Up deploys the network stack and env's app stack with the cdktf CLI (the
// emulator started first for the local target) and prints their outputs.
// With ENVIRONMENT_SUFFIX it deploys the copy's app stack alone, on env's
// network.
func (r *Runner) Up(env string) error {
	if _, err := r.Spec(env); err != nil {
		return err
	}
	if err := r.StartEmulator(); err != nil {
		return err
	}
	if err := r.networkForCopy(env); err != nil {
		return err
	}
	if err := r.Synth(); err != nil {
		return err
	}
	if err := r.Deploy(r.Stacks(env)...); err != nil {
		return err
	}
	return r.PrintOutputs(env)
}

// networkForCopy refuses to deploy a copy of env (ENVIRONMENT_SUFFIX) whose
// network is not deployed: the copy reads it and never deploys it.
func (r *Runner) networkForCopy(env string) error {
	spec, err := r.Spec(env)
	if err != nil || r.Project.Suffix == "" || !spec.Network.Enabled || r.Project.Backend.Kind == envs.BackendS3 {
		return err
	}
	deployed, err := r.Deployed()
	if err != nil || deployed[layout.NetworkStack] {
		return err
	}
	return fmt.Errorf("%s=%s: the copy %s runs on %s's network, which is not deployed; deploy it first with make up ENV=%s (without %s), then deploy the copy again",
		envs.EnvSuffix, r.Project.Suffix, layout.AppStack(env, r.Project.Suffix), env, env, envs.EnvSuffix)
}

// PrintOutputs prints env's outputs of the network stack and of its app
// stack, as deployed.
func (r *Runner) PrintOutputs(env string) error {
	all, err := r.Outputs()
	if err != nil {
		return fmt.Errorf("reading the outputs: %w", err)
	}
	name := env
	if r.Project.Suffix != "" {
		name = fmt.Sprintf("%s's copy %s", env, r.Project.Suffix)
	}
	// (cdktf's "outputs have been written to" names this deploy's share, a
	// temporary file merged into the outputs file and removed.)
	fmt.Fprintf(r.Stdout, "\nOutputs of %s (%s target; every deployed stack's are in %s):\n", name, r.Project.Target, r.outputsFile())
	for _, stack := range r.Stacks(env) {
		outputs := all[stack]
		for _, name := range slices.Sorted(maps.Keys(outputs)) {
			if strings.HasPrefix(name, "cross-stack-output-") || (stack == layout.NetworkStack && !strings.HasPrefix(name, env+"_")) {
				continue
			}
			if name == "config_manifest" {
				// Long; it is in the outputs file, and config_hash stands for it.
				fmt.Fprintf(r.Stdout, "  %-12s %-24s %s\n", stack, name, "(in "+r.outputsFile()+")")
				continue
			}
			v, _ := json.Marshal(outputs[name])
			fmt.Fprintf(r.Stdout, "  %-12s %-24s %s\n", stack, name, v)
		}
	}
	return nil
}

// ProtectedError is Down's refusal to destroy environments whose data is
// protected.
type ProtectedError struct {
	Envs []*envs.Spec
	// Suffix is the copy's ENVIRONMENT_SUFFIX ("" for the environments).
	Suffix string
}

func (e *ProtectedError) Error() string {
	var b strings.Builder
	names := make([]string, len(e.Envs))
	for i, s := range e.Envs {
		names[i] = s.Name
		fmt.Fprintf(&b, "%s holds data that %s protects (protect_data: true); ", layout.AppStack(s.Name, e.Suffix), s.File)
	}
	fmt.Fprintf(&b, "nothing was destroyed. To delete that data with the rest, run: %smake down ALLOW_DESTROY=%s", suffixAssignment(e.Suffix), strings.Join(names, ","))
	return b.String()
}

// suffixAssignment is "ENVIRONMENT_SUFFIX=<suffix> " for a copy, else "".
func suffixAssignment(suffix string) string {
	if suffix == "" {
		return ""
	}
	return envs.EnvSuffix + "=" + suffix + " "
}

// CopiesError is Down's refusal to destroy the network while copies of
// environments (ENVIRONMENT_SUFFIX) run on it.
type CopiesError struct {
	// Copies are the deployed copies' app stacks, by suffix.
	Copies map[string][]string
}

func (e *CopiesError) Error() string {
	var stacks, commands []string
	for _, suffix := range slices.Sorted(maps.Keys(e.Copies)) {
		stacks = append(stacks, e.Copies[suffix]...)
		commands = append(commands, suffixAssignment(suffix)+"make down")
	}
	return fmt.Sprintf("copies of environments run on the network: %s; nothing was destroyed. Destroy them first (%s), then run make down again",
		strings.Join(stacks, ", "), strings.Join(commands, "; "))
}

// Down destroys everything the local target deployed (DestroyAll) and
// stops the emulator; with ENVIRONMENT_SUFFIX it destroys that copy only
// and leaves the emulator to the rest.
func (r *Runner) Down() error {
	if err := r.DestroyAll(); err != nil {
		return err
	}
	if r.Project.Suffix != "" {
		fmt.Fprintf(r.Stderr, "estate: destroyed the copy %s; the environments and their network are untouched\n", r.Project.Suffix)
		return nil
	}
	ran := r.emulator != nil
	if err := r.StopEmulator(); err != nil {
		return err
	}
	if ran {
		fmt.Fprintln(r.Stderr, "estate: destroyed the local deployment and stopped the emulator")
	}
	return nil
}

// DestroyAll destroys everything the local target deployed, app stacks
// first. It destroys nothing while a deployed environment's data is
// protected, unless ALLOW_DESTROY names it: then it first deploys that
// environment with its guards lifted (deletion protection off, final
// snapshot skipped, prevent_destroy gone), then destroys it. Nor while
// copies of environments (ENVIRONMENT_SUFFIX) run on the network. With
// ENVIRONMENT_SUFFIX it destroys that copy's app stacks, nothing else.
func (r *Runner) DestroyAll() error {
	if !r.Local() {
		return errors.New("make down is for the local target only; on AWS destroy a stack explicitly: TARGET=aws npx cdktf destroy app-<env>")
	}
	e, err := emulator.Find(r.StateDir())
	if err != nil {
		return err
	}
	if e == nil {
		if why := emulator.Gone(r.StateDir()); why != "" {
			fmt.Fprintf(r.Stderr, "estate: the local emulator is gone (%s), and with it everything deployed to it; nothing to destroy, the local state is reset\n", why)
		} else {
			fmt.Fprintln(r.Stderr, "estate: the local emulator does not run; nothing is deployed")
		}
		return r.resetLocalState()
	}
	r.UseEmulator(e)

	deployed, err := r.Deployed()
	if err != nil {
		return err
	}
	suffix := r.Project.Suffix
	if suffix == "" {
		copies := map[string][]string{}
		for stack, yes := range deployed {
			if _, s, ok := layout.ParseAppStack(stack); ok && s != "" && yes {
				copies[s] = append(copies[s], stack)
			}
		}
		if len(copies) > 0 {
			for _, stacks := range copies {
				slices.Sort(stacks)
			}
			return &CopiesError{Copies: copies}
		}
	}
	var disposable, lift []string
	var refused []*envs.Spec
	for i := range r.Project.Environments {
		spec := &r.Project.Environments[i]
		name := layout.AppStack(spec.Name, suffix)
		if !deployed[name] {
			continue
		}
		switch {
		case !spec.ProtectData:
			disposable = append(disposable, name)
		case r.Project.AllowDestroy[spec.Name]:
			lift = append(lift, name)
		default:
			refused = append(refused, spec)
		}
	}
	if len(refused) > 0 {
		return &ProtectedError{Envs: refused, Suffix: suffix}
	}
	if err := r.Synth(); err != nil {
		return err
	}
	// The disposable app stacks go while the protected ones are first
	// deployed with their guards lifted, then destroyed.
	var disposableErr, liftErr error
	var wg sync.WaitGroup
	if len(disposable) > 0 {
		wg.Add(1)
		go func() { defer wg.Done(); disposableErr = r.Destroy(disposable...) }()
	}
	if len(lift) > 0 {
		fmt.Fprintf(r.Stderr, "estate: ALLOW_DESTROY: lifting the data protection of %s before destroying\n", strings.Join(lift, ", "))
		if liftErr = r.Deploy(lift...); liftErr == nil {
			liftErr = r.Destroy(lift...)
		}
	}
	wg.Wait()
	if err := errors.Join(disposableErr, liftErr); err != nil {
		return err
	}
	if suffix == "" && deployed[layout.NetworkStack] && r.hasNetwork() {
		return r.Destroy(layout.NetworkStack)
	}
	return nil
}

// appStacks are every environment's app stack (with a suffix: its
// copies').
func (r *Runner) appStacks(suffix string) []string {
	var names []string
	for _, s := range r.Project.Environments {
		names = append(names, layout.AppStack(s.Name, suffix))
	}
	return names
}

// Deployed tells the stacks with resources in their state: the network,
// the environments' app stacks and every copy's (ENVIRONMENT_SUFFIX) found
// in the state folder. With S3 state, the stacks of this run whose state
// object holds resources.
func (r *Runner) Deployed() (map[string]bool, error) {
	names := append([]string{layout.NetworkStack}, r.appStacks("")...)
	if r.Project.Suffix != "" {
		names = append(names, r.appStacks(r.Project.Suffix)...)
	}
	if r.Project.Backend.Kind != envs.BackendS3 {
		files, err := filepath.Glob(filepath.Join(r.StateDir(), "app-*.tfstate"))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			names = append(names, strings.TrimSuffix(filepath.Base(f), ".tfstate"))
		}
	}
	deployed := map[string]bool{}
	for _, name := range names {
		if _, done := deployed[name]; done {
			continue
		}
		n, err := r.stateResources(name)
		if err != nil {
			return nil, err
		}
		deployed[name] = n > 0
	}
	return deployed, nil
}

// stateResources counts the resources in stack's state: its S3 object with
// S3 state, else its local state file (0 when there is none).
func (r *Runner) stateResources(stack string) (int, error) {
	if r.Project.Backend.Kind == envs.BackendS3 {
		return r.s3StateResources(stack)
	}
	path := filepath.Join(r.StateDir(), stack+".tfstate")
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	var state struct {
		Resources []json.RawMessage `json:"resources"`
	}
	if err := json.Unmarshal(b, &state); err != nil {
		return 0, fmt.Errorf("reading the state of %s (%s): %w", stack, path, err)
	}
	return len(state.Resources), nil
}
