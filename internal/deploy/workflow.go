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
func (r *Runner) Up(env string) error {
	if _, err := r.Spec(env); err != nil {
		return err
	}
	if err := r.StartEmulator(); err != nil {
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

// PrintOutputs prints env's outputs of the network stack and of its app
// stack, as deployed.
func (r *Runner) PrintOutputs(env string) error {
	all, err := r.Outputs()
	if err != nil {
		return fmt.Errorf("reading the outputs: %w", err)
	}
	fmt.Fprintf(r.Stdout, "\nOutputs of %s (%s target):\n", env, r.Project.Target)
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
type ProtectedError struct{ Envs []*envs.Spec }

func (e *ProtectedError) Error() string {
	var b strings.Builder
	names := make([]string, len(e.Envs))
	for i, s := range e.Envs {
		names[i] = s.Name
		fmt.Fprintf(&b, "%s holds data that %s protects (protect_data: true); ", layout.AppStack(s.Name), s.File)
	}
	fmt.Fprintf(&b, "nothing was destroyed. To delete that data with the rest, run: make down ALLOW_DESTROY=%s", strings.Join(names, ","))
	return b.String()
}

// Down destroys everything the local target deployed (DestroyAll) and
// stops the emulator.
func (r *Runner) Down() error {
	if err := r.DestroyAll(); err != nil {
		return err
	}
	if err := r.StopEmulator(); err != nil {
		return err
	}
	fmt.Fprintln(r.Stderr, "estate: destroyed the local deployment and stopped the emulator")
	return nil
}

// DestroyAll destroys everything the local target deployed, app stacks
// first. It destroys nothing while a deployed environment's data is
// protected, unless ALLOW_DESTROY names it: then it first deploys that
// environment with its guards lifted (deletion protection off, final
// snapshot skipped, prevent_destroy gone), then destroys it.
func (r *Runner) DestroyAll() error {
	if !r.Local() {
		return errors.New("make down is for the local target only; on AWS destroy a stack explicitly: TARGET=aws npx cdktf destroy app-<env>")
	}
	e, err := emulator.Find(r.StateDir())
	if err != nil {
		return err
	}
	if e == nil {
		fmt.Fprintln(r.Stderr, "estate: the local emulator does not run; nothing is deployed")
		return r.resetLocalState()
	}
	r.UseEmulator(e)

	deployed, err := r.deployedStacks()
	if err != nil {
		return err
	}
	var disposable, lift []string
	var refused []*envs.Spec
	for i := range r.Project.Environments {
		spec := &r.Project.Environments[i]
		name := layout.AppStack(spec.Name)
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
		return &ProtectedError{Envs: refused}
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
	if deployed[layout.NetworkStack] && r.hasNetwork() {
		return r.Destroy(layout.NetworkStack)
	}
	return nil
}

// deployedStacks are the stacks with resources in their state. With S3
// state every stack counts (destroying an empty one changes nothing).
func (r *Runner) deployedStacks() (map[string]bool, error) {
	names := []string{layout.NetworkStack}
	for _, s := range r.Project.Environments {
		names = append(names, layout.AppStack(s.Name))
	}
	deployed := map[string]bool{}
	for _, name := range names {
		if r.Project.Backend.Kind == envs.BackendS3 {
			deployed[name] = true
			continue
		}
		b, err := os.ReadFile(filepath.Join(r.StateDir(), name+".tfstate"))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		var state struct {
			Resources []json.RawMessage `json:"resources"`
		}
		if err := json.Unmarshal(b, &state); err != nil {
			return nil, fmt.Errorf("reading the state of %s: %w", name, err)
		}
		deployed[name] = len(state.Resources) > 0
	}
	return deployed, nil
}
