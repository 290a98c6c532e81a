package stacks

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/network"
	"github.com/platform/estate/constructs/security/key"
	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/layout"
)

// Network is the shared network stack: every environment's VPC, each in its
// own region through an aliased provider. It is the same with and without
// ENVIRONMENT_SUFFIX: copies of an environment share its network.
type Network struct {
	Stack cdktf.TerraformStack
	// Outputs is what app stacks may use, by environment name.
	Outputs map[string]*network.Output
}

// NewNetwork builds the network stack for every environment of p.
func NewNetwork(app constructs.Construct, p *envs.Project) (*Network, error) {
	stack := newStack(app, layout.NetworkStack, p)
	n := &Network{Stack: stack, Outputs: map[string]*network.Output{}}
	for i := range p.Environments {
		spec := &p.Environments[i]
		if !spec.Network.Enabled {
			continue
		}
		scope := constructs.NewConstruct(stack, jsii.String(spec.Name))
		// The network is shared: a suffixed copy of an environment
		// (ENVIRONMENT_SUFFIX) reads it and never changes it, so no name or
		// tag of it carries the suffix.
		ident := newIdentity(scope, spec, "", spec.Name)

		flowLogKey, err := key.New(scope, "flow-logs-key", key.Config{
			Identity:    ident,
			Name:        ident.Namer.Name("network"),
			Description: "Encrypts the VPC flow logs of " + ident.Namer.Prefix(),
			Spec:        spec.KMS,
			Services:    []key.Service{key.Logs},
		})
		if err != nil {
			return nil, err
		}
		out, err := network.New(scope, "network", network.Config{
			Identity:             ident,
			Spec:                 spec.Network,
			FlowLogRetentionDays: spec.Logs.RetentionDays,
			FlowLogKey:           flowLogKey,
		})
		if err != nil {
			return nil, err
		}
		n.Outputs[spec.Name] = out
		moveRenamedNetwork(spec.Name, out)

		// Readable outputs for people (cdktf output network); app stacks do
		// not use these but the cross-stack references cdktf adds.
		output(stack, spec.Name+"_vpc_id", out.VpcID)
		output(stack, spec.Name+"_private_subnet_ids", out.PrivateSubnetIDs)
		output(stack, spec.Name+"_isolated_subnet_ids", out.IsolatedSubnetIDs)
		output(stack, spec.Name+"_flow_log_group", out.FlowLogGroupName)
	}
	return n, nil
}

func output(stack cdktf.TerraformStack, name string, value any) {
	cdktf.NewTerraformOutput(stack, jsii.String(name), &cdktf.TerraformOutputConfig{Value: value})
}
