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
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupegressrule"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/security"
)

// Egress is one port the function may connect out to: an address range,
// or the members of a security group.
type Egress struct {
	Description     string
	Port            int
	CIDR            *string
	SecurityGroupID *string
}

// Config configures a function.
type Config struct {
	Env    *security.Env
	KeyARN *string
	// Name is the physical function name; Description says what it does.
	Name        string
	Description string
	// ImageURI is an ECR image; Command, when set, overrides its CMD (one
	// image can hold several handlers).
	ImageURI            string
	Command             []string
	MemoryMB            int
	TimeoutSeconds      int
	ReservedConcurrency int
	// VpcID and SubnetIDs (the private tier) come from the network stack.
	VpcID     *string
	SubnetIDs []*string
	// Egress lists where the function may connect; nothing else is allowed.
	Egress           []Egress
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
}

// New creates the function, its log group, security group and role.
func New(scope constructs.Construct, id string, cfg Config) (*Output, error) {
	env := cfg.Env
	if len(cfg.SubnetIDs) == 0 {
		return nil, fmt.Errorf("function %s: no subnets; a function runs in the VPC", id)
	}
	scope = constructs.NewConstruct(scope, jsii.String(id))

	// Created before the function, so Lambda does not create an unmanaged
	// group with no retention and no key.
	logGroup := cloudwatchloggroup.NewCloudwatchLogGroup(scope, jsii.String("log"), &cloudwatchloggroup.CloudwatchLogGroupConfig{
		Provider:        env.Provider,
		Name:            jsii.String("/aws/lambda/" + cfg.Name),
		RetentionInDays: jsii.Number(float64(cfg.LogRetentionDays)),
		KmsKeyId:        cfg.KeyARN,
	})

	logGroupName := logGroup.Name()
	sg := securitygroup.NewSecurityGroup(scope, jsii.String("sg"), &securitygroup.SecurityGroupConfig{
		Provider:    env.Provider,
		Name:        jsii.String(cfg.Name),
		Description: jsii.String("Lambda " + cfg.Name + ": no ingress, listed egress only"),
		VpcId:       cfg.VpcID,
		Tags:        &map[string]*string{"Name": jsii.String(cfg.Name)},
	})
	sgID := sg.Id()
	for _, e := range cfg.Egress {
		vpcsecuritygroupegressrule.NewVpcSecurityGroupEgressRule(scope, jsii.String(fmt.Sprintf("egress-%d", e.Port)), &vpcsecuritygroupegressrule.VpcSecurityGroupEgressRuleConfig{
			Provider:                  env.Provider,
			SecurityGroupId:           sgID,
			Description:               jsii.String(e.Description),
			IpProtocol:                jsii.String("tcp"),
			FromPort:                  jsii.Number(float64(e.Port)),
			ToPort:                    jsii.Number(float64(e.Port)),
			CidrIpv4:                  e.CIDR,
			ReferencedSecurityGroupId: e.SecurityGroupID,
		})
	}

	role := security.NewRole(scope, "role", security.RoleConfig{
		Env:         env,
		Name:        cfg.Name,
		Description: "Execution role of the Lambda function " + cfg.Name,
		AssumedBy:   security.Principal{Type: "Service", Identifiers: []*string{security.ServicePrincipal("lambda")}},
	})
	role.Grant("write-own-logs", security.Statement{
		Actions:   []string{"logs:CreateLogStream", "logs:PutLogEvents"},
		Resources: []*string{jsii.String(*logGroup.Arn() + ":*")},
	})
	// EC2 and X-Ray do not scope these actions to resources.
	role.Grant("vpc-access", security.Statement{
		Actions: []string{
			"ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets",
			"ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses",
		},
		Resources: []*string{jsii.String("*")},
	})
	role.Grant("xray-write", security.Statement{
		Actions:   []string{"xray:PutTraceSegments", "xray:PutTelemetryRecords"},
		Resources: []*string{jsii.String("*")},
	})

	fc := &lambdafunction.LambdaFunctionConfig{
		Provider:                     env.Provider,
		FunctionName:                 jsii.String(cfg.Name),
		Description:                  jsii.String(cfg.Description),
		Role:                         role.ARN,
		PackageType:                  jsii.String("Image"),
		ImageUri:                     jsii.String(cfg.ImageURI),
		MemorySize:                   jsii.Number(float64(cfg.MemoryMB)),
		Timeout:                      jsii.Number(float64(cfg.TimeoutSeconds)),
		ReservedConcurrentExecutions: jsii.Number(float64(cfg.ReservedConcurrency)),
		KmsKeyArn:                    cfg.KeyARN,
		VpcConfig: &lambdafunction.LambdaFunctionVpcConfig{
			SubnetIds:        &cfg.SubnetIDs,
			SecurityGroupIds: &[]*string{sgID},
		},
		TracingConfig: &lambdafunction.LambdaFunctionTracingConfig{Mode: jsii.String("Active")},
		LoggingConfig: &lambdafunction.LambdaFunctionLoggingConfig{
			LogFormat: jsii.String("JSON"),
			LogGroup:  logGroupName,
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
	fn := lambdafunction.NewLambdaFunction(scope, jsii.String("function"), fc)

	return &Output{
		Function:        fn,
		Name:            fn.FunctionName(),
		ARN:             fn.Arn(),
		Role:            role,
		SecurityGroupID: sgID,
		LogGroupName:    logGroupName,
	}, nil
}
