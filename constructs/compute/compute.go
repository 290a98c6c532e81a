// Package compute is a Lambda function from a container image, in the
// network's private subnets with its own security group, traced with X-Ray,
// logging to a log group it owns, under an execution role whose permissions
// come only from grants.
package compute

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/lambdafunction"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/securitygroup"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/constructs/network"
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/constructs/security/key"
	"github.com/platform/estate/envs"
)

// Config configures a function.
type Config struct {
	Identity *identity.Identity
	// Key encrypts the function's environment and its log group.
	Key *key.Output
	// Name is the physical function name (and its log group's, role's and
	// security group's); Description says what it does.
	Name        string
	Description string
	// Spec is the spec's lambda section: image, memory, timeout, reserved
	// concurrency.
	Spec envs.Lambda
	// Command, when set, overrides the image's CMD (one image can hold
	// several handlers).
	Command []string
	// Placement is where the function runs (the private subnets) and where
	// it may connect out to; nothing else is allowed.
	Placement network.Placement
	// LogRetentionDays is its log group's retention.
	LogRetentionDays int
	// Environment holds the function's variables: names and ARNs, never
	// secrets (those are read at run time from Secrets Manager).
	Environment map[string]*string
}

// Output is the function.
type Output struct {
	Function lambdafunction.LambdaFunction
	Name     *string
	ARN      *string
	// Role is the execution role, for grants.
	Role            *security.Role
	SecurityGroupID *string
	LogGroupName    *string
	// Construct is the function's construct path in its stack.
	Construct string
}

// New creates the function, its log group, security group and role.
func New(scope constructs.Construct, id string, cfg Config) (*Output, error) {
	ident, spec := cfg.Identity, cfg.Spec
	if len(cfg.Placement.SubnetIDs) == 0 {
		return nil, fmt.Errorf("function %s: no subnets; a function runs in the VPC", id)
	}
	scope = constructs.NewConstruct(scope, jsii.String(id))
	path := identity.Path(scope)
	out := &Output{Construct: path}

	// Created before the function, so Lambda does not create an unmanaged
	// group with no retention and no key.
	logGroup := cloudwatchloggroup.NewCloudwatchLogGroup(scope, jsii.String("log"), &cloudwatchloggroup.CloudwatchLogGroupConfig{
		Provider:        ident.Provider,
		Name:            jsii.String("/aws/lambda/" + cfg.Name),
		RetentionInDays: jsii.Number(float64(cfg.LogRetentionDays)),
		KmsKeyId:        cfg.Key.ARN,
	})

	out.LogGroupName = logGroup.Name()
	// The rules are the group's own (inline), listed in full: a rule added
	// out of band shows as drift, and the next deploy removes it.
	egress := []*securitygroup.SecurityGroupEgress{}
	for _, e := range cfg.Placement.Egress {
		egress = append(egress, egressRule(e))
	}
	sg := securitygroup.NewSecurityGroup(scope, jsii.String("sg"), &securitygroup.SecurityGroupConfig{
		Provider:    ident.Provider,
		Name:        jsii.String(cfg.Name),
		Description: jsii.String("Lambda " + cfg.Name + ": no ingress, listed egress only"),
		VpcId:       cfg.Placement.VpcID,
		Ingress:     &[]*securitygroup.SecurityGroupIngress{},
		Egress:      &egress,
		Tags:        &map[string]*string{"Name": jsii.String(cfg.Name)},
	})
	out.SecurityGroupID = sg.Id()

	role := security.NewRole(scope, "role", security.RoleConfig{
		Identity:    ident,
		Name:        cfg.Name,
		Description: "Execution role of the Lambda function " + cfg.Name,
		AssumedBy:   security.Principal{Type: "Service", Identifiers: []*string{security.ServicePrincipal("lambda")}},
	})
	out.Role = role
	role.Grant(security.Grant{Resource: path + "/log", Action: "Write", Statements: []security.Statement{{
		Actions:   []string{"logs:CreateLogStream", "logs:PutLogEvents"},
		Resources: []*string{jsii.String(*logGroup.Arn() + ":*")},
	}}})
	// EC2 and X-Ray do not scope these actions to resources (the grants
	// name no resource).
	role.Grant(security.Grant{Action: "VpcAccess", Statements: []security.Statement{{
		Actions: []string{
			"ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets",
			"ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses",
		},
		Resources: []*string{jsii.String("*")},
	}}})
	role.Grant(security.Grant{Action: "XrayWrite", Statements: []security.Statement{{
		Actions:   []string{"xray:PutTraceSegments", "xray:PutTelemetryRecords"},
		Resources: []*string{jsii.String("*")},
	}}})

	fc := &lambdafunction.LambdaFunctionConfig{
		Provider:                     ident.Provider,
		FunctionName:                 jsii.String(cfg.Name),
		Description:                  jsii.String(cfg.Description),
		Role:                         role.ARN,
		PackageType:                  jsii.String("Image"),
		ImageUri:                     jsii.String(spec.ImageURI),
		MemorySize:                   jsii.Number(float64(spec.MemoryMB)),
		Timeout:                      jsii.Number(float64(spec.TimeoutSeconds)),
		ReservedConcurrentExecutions: jsii.Number(float64(spec.ReservedConcurrency)),
		KmsKeyArn:                    cfg.Key.ARN,
		VpcConfig: &lambdafunction.LambdaFunctionVpcConfig{
			SubnetIds:        &cfg.Placement.SubnetIDs,
			SecurityGroupIds: &[]*string{out.SecurityGroupID},
		},
		TracingConfig: &lambdafunction.LambdaFunctionTracingConfig{Mode: jsii.String("Active")},
		LoggingConfig: &lambdafunction.LambdaFunctionLoggingConfig{
			LogFormat: jsii.String("JSON"),
			LogGroup:  out.LogGroupName,
		},
		// Lambda checks the role's VPC permissions when it creates the
		// function, and must find its log group in place.
		DependsOn: &[]cdktf.ITerraformDependable{logGroup, role.Policy},
	}
	if len(cfg.Command) > 0 {
		fc.ImageConfig = &lambdafunction.LambdaFunctionImageConfig{Command: jsii.Strings(cfg.Command...)}
	}
	if len(cfg.Environment) > 0 {
		fc.Environment = &lambdafunction.LambdaFunctionEnvironment{Variables: &cfg.Environment}
	}
	out.Function = lambdafunction.NewLambdaFunction(scope, jsii.String("function"), fc)
	out.Name, out.ARN = out.Function.FunctionName(), out.Function.Arn()
	return out, nil
}

// egressRule is one TCP port out, to an address range or to the members of
// a security group. (A rule that names a group has no description: the
// emulator drops it, and the group's name says what it is.)
func egressRule(e network.Egress) *securitygroup.SecurityGroupEgress {
	rule := &securitygroup.SecurityGroupEgress{
		Protocol: jsii.String("tcp"),
		FromPort: jsii.Number(float64(e.Port)),
		ToPort:   jsii.Number(float64(e.Port)),
	}
	if e.SecurityGroupID != nil {
		rule.SecurityGroups = &[]*string{e.SecurityGroupID}
	} else {
		rule.CidrBlocks = &e.CIDRs
		rule.Description = jsii.String(e.Description)
	}
	return rule
}
