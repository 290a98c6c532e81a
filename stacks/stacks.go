// Package stacks composes the constructs into the app's stacks: one shared
// network stack, and one app-<env> stack per environment that reads the
// network through cdktf cross-stack references.
package stacks

import (
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/guardrails"
	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/constructs/network"
	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/layout"
)

// AWSProviderConstraint is the AWS provider version the synthesized stacks
// require. The v19 bindings pin exactly 5.84.0, and any later 5.x is
// schema-compatible with them; 5.100, the last 5.x, has the ephemeral
// random password and the write-only attributes that keep generated
// secrets out of plans and state.
const AWSProviderConstraint = "~> 5.100"

// TerraformConstraint is the Terraform (or OpenTofu) version the
// synthesized stacks require: 1.11 for the write-only attributes (1.10 for
// the ephemeral random password). An older Terraform refuses the stack at
// once, naming the constraint, instead of failing on a block it does not
// know.
const TerraformConstraint = ">= 1.11"

// Estate is every stack of the app.
type Estate struct {
	// Network is nil when no environment has a network.
	Network *Network
	// Apps holds one stack per environment, in environment-name order.
	Apps []*App
}

// Stacks returns every stack: the network's first (when there is one), then
// the environments' in order.
func (e *Estate) Stacks() []cdktf.TerraformStack {
	var stacks []cdktf.TerraformStack
	if e.Network != nil {
		stacks = append(stacks, e.Network.Stack)
	}
	for _, a := range e.Apps {
		stacks = append(stacks, a.Stack)
	}
	return stacks
}

// Validate runs cdktf's validations of every stack (each construct's, and
// that every resource has its provider), as cdktf's synthesis does unless
// the app skips them, and returns a failure as an error instead of the jsii
// runtime's panic. cdktf's advice to skip validations is cut from the
// message: the app skips only the one that main.go names, and says why.
func (e *Estate) Validate() (err error) {
	defer func() {
		r := recover()
		if _, bug := r.(runtime.Error); bug {
			panic(r) // a Go bug, not a failed validation
		}
		if r != nil {
			msg, _, _ := strings.Cut(fmt.Sprint(r), "If you wish to ignore these validations")
			err = fmt.Errorf("cdktf validation: %s", strings.TrimSpace(msg))
		}
	}()
	for _, stack := range e.Stacks() {
		stack.RunAllValidations()
	}
	return nil
}

// Build adds the network stack (when an environment has a network) and
// every environment's app stack to app.
func Build(app constructs.Construct, p *envs.Project) (*Estate, error) {
	estate := &Estate{}
	outputs := map[string]*network.Output{}
	if slices.ContainsFunc(p.Environments, func(s envs.Spec) bool { return s.Network.Enabled }) {
		net, err := NewNetwork(app, p)
		if err != nil {
			return nil, err
		}
		estate.Network, outputs = net, net.Outputs
	}
	for i := range p.Environments {
		spec := &p.Environments[i]
		a, err := NewApp(app, p, spec, outputs[spec.Name]) // nil without a network
		if err != nil {
			return nil, err
		}
		estate.Apps = append(estate.Apps, a)
	}
	if p.Target == envs.TargetLocal {
		adaptForEmulator(app)
	}
	return estate, nil
}

// GuardrailOptions says what each stack of p must satisfy: the app stack of
// an environment that keeps its data is held to the protected rules.
func GuardrailOptions(p *envs.Project) func(stack string) guardrails.Options {
	return func(stack string) guardrails.Options {
		opts := guardrails.Options{RequiredTags: identity.RequiredTags}
		for _, spec := range p.Environments {
			if stack == layout.AppStack(spec.Name, p.Suffix) {
				opts.Protected = spec.ProtectData && !p.AllowDestroy[spec.Name]
			}
		}
		return opts
	}
}

// newStack creates a stack with its state backend and its Terraform and
// provider constraints.
func newStack(app constructs.Construct, name string, p *envs.Project) cdktf.TerraformStack {
	stack := cdktf.NewTerraformStack(app, jsii.String(name))
	switch b := p.Backend; b.Kind {
	case envs.BackendS3:
		cfg := &cdktf.S3BackendConfig{
			Bucket:  jsii.String(b.Bucket),
			Key:     jsii.String(layout.StateKey(b.KeyPrefix, p.Set, name)),
			Region:  jsii.String(b.Region),
			Encrypt: jsii.Bool(true),
		}
		if b.LockTable != "" {
			cfg.DynamodbTable = jsii.String(b.LockTable)
		}
		backend := cdktf.NewS3Backend(stack, cfg)
		// S3-native locking; the typed config of cdktf 0.20 predates it.
		backend.AddOverride(jsii.String("use_lockfile"), true)
		if p.Target == envs.TargetLocal {
			emulatorBackend(backend)
		}
	case envs.BackendCloud:
		// A workspace per stack; cdktf points the cross-stack reads at it.
		cfg := &cdktf.CloudBackendConfig{
			Organization: jsii.String(b.Organization),
			Workspaces:   cdktf.NewNamedCloudWorkspace(jsii.String(layout.Workspace(b.WorkspacePrefix, p.Set, name)), nil),
		}
		if b.Hostname != "" {
			cfg.Hostname = jsii.String(b.Hostname)
		}
		cdktf.NewCloudBackend(stack, cfg)
	default:
		// An explicit relative path: cdktf's default is an absolute path of
		// the machine that synthesized, in both the backend and every
		// cross-stack remote-state read of it.
		cdktf.NewLocalBackend(stack, &cdktf.LocalBackendConfig{
			Path: jsii.String("../../../" + layout.StatePath(p.Target, p.Set, name)),
		})
	}
	stack.AddOverride(jsii.String("terraform.required_providers.aws.version"), jsii.String(AWSProviderConstraint))
	stack.AddOverride(jsii.String("terraform.required_version"), jsii.String(TerraformConstraint))
	return stack
}

// newIdentity configures the AWS provider of one environment in scope (its
// region, and its tags on every resource; alias is empty for a stack's
// default provider) and the identity built on it.
func newIdentity(scope constructs.Construct, spec *envs.Spec, suffix, alias string) *identity.Identity {
	cfg := &provider.AwsProviderConfig{
		Region: jsii.String(spec.Region),
		DefaultTags: &[]*provider.AwsProviderDefaultTags{{
			Tags: ptr(Tags(spec, suffix)),
		}},
	}
	if alias != "" {
		cfg.Alias = jsii.String(alias)
	}
	if spec.AccountID != "" {
		cfg.AllowedAccountIds = jsii.Strings(spec.AccountID)
	}
	if spec.RoleARN != "" {
		cfg.AssumeRole = &[]*provider.AwsProviderAssumeRole{{
			RoleArn:     jsii.String(spec.RoleARN),
			SessionName: jsii.String(spec.Application + "-" + spec.Name),
		}}
	}
	return identity.New(scope, "account", identity.Config{
		Environment: spec.Name,
		Region:      spec.Region,
		AccountID:   spec.AccountID,
		Provider:    provider.NewAwsProvider(scope, jsii.String("aws"), cfg),
		Namer:       identity.Namer{Application: spec.Application, Environment: spec.Name, Suffix: suffix},
	})
}

// Tags returns the tags every taggable resource of an environment carries,
// set once as the AWS provider's default_tags.
func Tags(spec *envs.Spec, suffix string) map[string]*string {
	tags := map[string]*string{
		"Application": jsii.String(cmp.Or(spec.Tags.Application, spec.Application)),
		"Environment": jsii.String(spec.Name),
		"ManagedBy":   jsii.String(identity.ManagedBy),
		"CostCenter":  jsii.String(spec.Tags.CostCenter),
		"Owner":       jsii.String(spec.Tags.Owner),
	}
	for k, v := range map[string]string{"DeploymentSuffix": suffix, "Repository": spec.Tags.Repository, "Author": spec.Tags.Author} {
		if v != "" {
			tags[k] = jsii.String(v)
		}
	}
	return tags
}

func ptr[T any](v T) *T { return &v }
