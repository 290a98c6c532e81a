package adopt

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/kms"
	kmstypes "github.com/aws/aws-sdk-go-v2/service/kms/types"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/rds"
	rdstypes "github.com/aws/aws-sdk-go-v2/service/rds/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/aws/aws-sdk-go-v2/service/sts"

	"github.com/platform/estate/internal/awsapi"
)

// AWS finds objects through the AWS API, configured from the environment
// the CLIs run with.
type AWS struct {
	base awsapi.Config

	mu      sync.Mutex
	regions map[string]awsapi.Config
}

// NewAWS configures the API clients from env (KEY=value pairs; see
// awsapi.Load).
func NewAWS(ctx context.Context, env []string) (*AWS, error) {
	cfg, err := awsapi.Load(ctx, env)
	if err != nil {
		return nil, err
	}
	return &AWS{base: cfg, regions: map[string]awsapi.Config{}}, nil
}

func (a *AWS) in(region string) awsapi.Config {
	a.mu.Lock()
	defer a.mu.Unlock()
	cfg, ok := a.regions[region]
	if !ok {
		cfg = a.base.In(region)
		a.regions[region] = cfg
	}
	return cfg
}

// Facts asks who the caller is, in region.
func (a *AWS) Facts(ctx context.Context, region string) (Facts, error) {
	out, err := sts.NewFromConfig(a.in(region).Config).GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{})
	if err != nil {
		return Facts{}, fmt.Errorf("asking the AWS API who the caller is: %w", err)
	}
	partition := "aws"
	if parts := strings.SplitN(aws.ToString(out.Arn), ":", 3); len(parts) == 3 {
		partition = parts[1]
	}
	return Facts{AccountID: aws.ToString(out.Account), Partition: partition}, nil
}

// Find implements Cloud.
func (a *AWS) Find(ctx context.Context, l Lookup) (string, error) {
	api := a.in(l.Region)
	cfg := api.Config
	name := l.Key["name"]
	switch l.Type {
	case "aws_vpc", "aws_subnet", "aws_route_table", "aws_internet_gateway", "aws_nat_gateway", "aws_eip", "aws_vpc_endpoint", "aws_flow_log":
		return findTagged(ctx, ec2.NewFromConfig(cfg), l.Type, name)
	case "aws_kms_key":
		return findKey(ctx, kms.NewFromConfig(cfg), name)
	case "aws_security_group":
		out, err := ec2.NewFromConfig(cfg).DescribeSecurityGroups(ctx, &ec2.DescribeSecurityGroupsInput{Filters: filter("group-name", name)})
		if err != nil {
			return "", err
		}
		var ids []string
		for _, g := range out.SecurityGroups {
			if aws.ToString(g.GroupName) == name {
				ids = append(ids, aws.ToString(g.GroupId))
			}
		}
		return one(l, ids)
	case "aws_kms_alias":
		var ids []string
		p := kms.NewListAliasesPaginator(kms.NewFromConfig(cfg), &kms.ListAliasesInput{})
		for p.HasMorePages() {
			page, err := p.NextPage(ctx)
			if err != nil {
				return "", err
			}
			for _, al := range page.Aliases {
				if aws.ToString(al.AliasName) == name {
					ids = append(ids, name)
				}
			}
		}
		return one(l, ids)
	case "aws_cloudwatch_log_group":
		out, err := cloudwatchlogs.NewFromConfig(cfg).DescribeLogGroups(ctx, &cloudwatchlogs.DescribeLogGroupsInput{LogGroupNamePrefix: &name})
		if err != nil {
			return "", err
		}
		for _, g := range out.LogGroups {
			if aws.ToString(g.LogGroupName) == name {
				return name, nil
			}
		}
		return "", nil
	case "aws_iam_role":
		return named(name).found(iam.NewFromConfig(cfg).GetRole(ctx, &iam.GetRoleInput{RoleName: &name}))
	case "aws_lambda_function":
		return named(name).found(lambda.NewFromConfig(cfg).GetFunction(ctx, &lambda.GetFunctionInput{FunctionName: &name}))
	case "aws_ssm_parameter":
		return named(name).found(ssm.NewFromConfig(cfg).GetParameter(ctx, &ssm.GetParameterInput{Name: &name}))
	case "aws_secretsmanager_secret":
		out, err := secretsmanager.NewFromConfig(cfg).DescribeSecret(ctx, &secretsmanager.DescribeSecretInput{SecretId: &name})
		if err != nil || out.DeletedDate != nil {
			// Scheduled for deletion: Terraform makes a new one (or
			// fails, naming it); it is not this deploy's.
			return "", notFound(err)
		}
		return aws.ToString(out.ARN), nil
	case "aws_dynamodb_table":
		return named(name).found(dynamodb.NewFromConfig(cfg).DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name}))
	case "aws_s3_bucket":
		return named(name).found(api.S3().HeadBucket(ctx, &s3.HeadBucketInput{Bucket: &name}))
	case "aws_rds_cluster":
		out, err := rds.NewFromConfig(cfg).DescribeDBClusters(ctx, &rds.DescribeDBClustersInput{DBClusterIdentifier: &name})
		return exactly(l, name, err, func() []string {
			return mapped(out.DBClusters, func(v rdstypes.DBCluster) *string { return v.DBClusterIdentifier })
		})
	case "aws_rds_cluster_instance":
		out, err := rds.NewFromConfig(cfg).DescribeDBInstances(ctx, &rds.DescribeDBInstancesInput{DBInstanceIdentifier: &name})
		return exactly(l, name, err, func() []string {
			return mapped(out.DBInstances, func(v rdstypes.DBInstance) *string { return v.DBInstanceIdentifier })
		})
	case "aws_db_parameter_group":
		out, err := rds.NewFromConfig(cfg).DescribeDBParameterGroups(ctx, &rds.DescribeDBParameterGroupsInput{DBParameterGroupName: &name})
		return exactly(l, name, err, func() []string {
			return mapped(out.DBParameterGroups, func(v rdstypes.DBParameterGroup) *string { return v.DBParameterGroupName })
		})
	case "aws_rds_cluster_parameter_group":
		out, err := rds.NewFromConfig(cfg).DescribeDBClusterParameterGroups(ctx, &rds.DescribeDBClusterParameterGroupsInput{DBClusterParameterGroupName: &name})
		return exactly(l, name, err, func() []string {
			return mapped(out.DBClusterParameterGroups, func(v rdstypes.DBClusterParameterGroup) *string { return v.DBClusterParameterGroupName })
		})
	case "aws_db_subnet_group":
		out, err := rds.NewFromConfig(cfg).DescribeDBSubnetGroups(ctx, &rds.DescribeDBSubnetGroupsInput{DBSubnetGroupName: &name})
		return exactly(l, name, err, func() []string {
			return mapped(out.DBSubnetGroups, func(v rdstypes.DBSubnetGroup) *string { return v.DBSubnetGroupName })
		})
	case "aws_sns_topic":
		return findTopic(ctx, cfg, name)
	case "aws_route":
		out, err := ec2.NewFromConfig(cfg).DescribeRouteTables(ctx, &ec2.DescribeRouteTablesInput{RouteTableIds: []string{l.Key["route_table"]}})
		if err != nil {
			return "", notFound(err)
		}
		for _, t := range out.RouteTables {
			for _, r := range t.Routes {
				if aws.ToString(r.DestinationCidrBlock) == l.Key["destination"] && r.Origin != ec2types.RouteOriginCreateRouteTable {
					return l.Key["route_table"] + "_" + l.Key["destination"], nil
				}
			}
		}
		return "", nil
	case "aws_route_table_association":
		out, err := ec2.NewFromConfig(cfg).DescribeRouteTables(ctx, &ec2.DescribeRouteTablesInput{Filters: filter("association.subnet-id", l.Key["subnet"])})
		if err != nil {
			return "", err
		}
		for _, t := range out.RouteTables {
			if aws.ToString(t.RouteTableId) == l.Key["route_table"] {
				return l.Key["subnet"] + "/" + l.Key["route_table"], nil
			}
		}
		return "", nil
	case "aws_lambda_permission":
		fn := l.Key["function"]
		out, err := lambda.NewFromConfig(cfg).GetPolicy(ctx, &lambda.GetPolicyInput{FunctionName: &fn})
		if err != nil {
			return "", notFound(err)
		}
		if strings.Contains(aws.ToString(out.Policy), `"Sid":"`+l.Key["statement"]+`"`) {
			return fn + "/" + l.Key["statement"], nil
		}
		return "", nil
	}
	return "", fmt.Errorf("no lookup for %s in internal/adopt", l.Type)
}

// named is an object's name, which is its import id.
type named string

// found turns a describe call's result into the name when the object
// exists and "" when the call says it does not.
func (n named) found(_ any, err error) (string, error) {
	if err != nil {
		return "", notFound(err)
	}
	return string(n), nil
}

// notFound is nil for the API's "no such object" errors, err otherwise.
func notFound(err error) error {
	if awsapi.IsNotFound(err) {
		return nil
	}
	return err
}

func filter(name string, values ...string) []ec2types.Filter {
	return []ec2types.Filter{{Name: &name, Values: values}}
}

func mapped[T any](items []T, id func(T) *string) []string {
	var out []string
	for _, it := range items {
		out = append(out, aws.ToString(id(it)))
	}
	return out
}

// exactly returns name when the describe call's answer (err, else the
// names it lists) holds it: an emulator may answer a filtered describe
// with everything it has.
func exactly(l Lookup, name string, err error, listed func() []string) (string, error) {
	if err != nil {
		return "", notFound(err)
	}
	names := listed()
	n := 0
	for _, got := range names {
		if got == name {
			n++
		}
	}
	if n > 1 {
		return "", fmt.Errorf("%d objects named %q in %s; delete the ones that are not this deployment's, then deploy again", n, name, l.Region)
	}
	if n == 1 {
		return name, nil
	}
	return "", nil
}

// one returns the single id, "" for none, an error for several.
func one(l Lookup, ids []string) (string, error) {
	slices.Sort(ids)
	ids = slices.Compact(ids)
	switch len(ids) {
	case 0:
		return "", nil
	case 1:
		return ids[0], nil
	}
	return "", fmt.Errorf("%d objects named %q (%s) in %s; delete the ones that are not this deployment's, then deploy again", len(ids), l.Key["name"], strings.Join(ids, ", "), l.Region)
}

// findTagged finds an EC2 object by its Name tag, ignoring the ones on
// their way out.
func findTagged(ctx context.Context, c *ec2.Client, typ, name string) (string, error) {
	l := Lookup{Resource: Resource{Type: typ}, Key: map[string]string{"name": name}}
	tag := filter("tag:Name", name)
	switch typ {
	case "aws_vpc":
		out, err := c.DescribeVpcs(ctx, &ec2.DescribeVpcsInput{Filters: tag})
		return oneOf(l, err, func() []string { return mapped(out.Vpcs, func(v ec2types.Vpc) *string { return v.VpcId }) })
	case "aws_subnet":
		out, err := c.DescribeSubnets(ctx, &ec2.DescribeSubnetsInput{Filters: tag})
		return oneOf(l, err, func() []string { return mapped(out.Subnets, func(v ec2types.Subnet) *string { return v.SubnetId }) })
	case "aws_route_table":
		out, err := c.DescribeRouteTables(ctx, &ec2.DescribeRouteTablesInput{Filters: tag})
		return oneOf(l, err, func() []string {
			return mapped(out.RouteTables, func(v ec2types.RouteTable) *string { return v.RouteTableId })
		})
	case "aws_internet_gateway":
		out, err := c.DescribeInternetGateways(ctx, &ec2.DescribeInternetGatewaysInput{Filters: tag})
		return oneOf(l, err, func() []string {
			return mapped(out.InternetGateways, func(v ec2types.InternetGateway) *string { return v.InternetGatewayId })
		})
	case "aws_nat_gateway":
		out, err := c.DescribeNatGateways(ctx, &ec2.DescribeNatGatewaysInput{Filter: append(tag, filter("state", "pending", "available")...)})
		return oneOf(l, err, func() []string {
			return mapped(out.NatGateways, func(v ec2types.NatGateway) *string { return v.NatGatewayId })
		})
	case "aws_eip":
		out, err := c.DescribeAddresses(ctx, &ec2.DescribeAddressesInput{Filters: tag})
		return oneOf(l, err, func() []string {
			return mapped(out.Addresses, func(v ec2types.Address) *string { return v.AllocationId })
		})
	case "aws_vpc_endpoint":
		out, err := c.DescribeVpcEndpoints(ctx, &ec2.DescribeVpcEndpointsInput{Filters: tag})
		return oneOf(l, err, func() (ids []string) {
			for _, e := range out.VpcEndpoints {
				if s := strings.ToLower(string(e.State)); s != "deleted" && s != "deleting" {
					ids = append(ids, aws.ToString(e.VpcEndpointId))
				}
			}
			return ids
		})
	case "aws_flow_log":
		out, err := c.DescribeFlowLogs(ctx, &ec2.DescribeFlowLogsInput{Filter: tag})
		return oneOf(l, err, func() []string { return mapped(out.FlowLogs, func(v ec2types.FlowLog) *string { return v.FlowLogId }) })
	}
	return "", nil
}

// oneOf is one(l, listed()) for a describe call that answered, err for
// one that failed.
func oneOf(l Lookup, err error, listed func() []string) (string, error) {
	if err != nil {
		return "", err
	}
	return one(l, listed())
}

// findKey finds a KMS key by its Name tag, ignoring keys pending deletion.
func findKey(ctx context.Context, c *kms.Client, name string) (string, error) {
	var ids []string
	p := kms.NewListKeysPaginator(c, &kms.ListKeysInput{})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return "", err
		}
		for _, k := range page.Keys {
			meta, err := c.DescribeKey(ctx, &kms.DescribeKeyInput{KeyId: k.KeyId})
			if err != nil {
				return "", err
			}
			if meta.KeyMetadata.KeyState == kmstypes.KeyStatePendingDeletion || meta.KeyMetadata.KeyManager != kmstypes.KeyManagerTypeCustomer {
				continue
			}
			tags, err := c.ListResourceTags(ctx, &kms.ListResourceTagsInput{KeyId: k.KeyId})
			if err != nil {
				return "", err
			}
			for _, t := range tags.Tags {
				if aws.ToString(t.TagKey) == "Name" && aws.ToString(t.TagValue) == name {
					ids = append(ids, aws.ToString(k.KeyId))
				}
			}
		}
	}
	return one(Lookup{Resource: Resource{Type: "aws_kms_key"}, Key: map[string]string{"name": name}}, ids)
}

// findTopic finds an SNS topic by name: its ARN, when the topic exists.
func findTopic(ctx context.Context, cfg aws.Config, name string) (string, error) {
	var ids []string
	p := sns.NewListTopicsPaginator(sns.NewFromConfig(cfg), &sns.ListTopicsInput{})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return "", err
		}
		for _, t := range page.Topics {
			if arn := aws.ToString(t.TopicArn); strings.HasSuffix(arn, ":"+name) {
				ids = append(ids, arn)
			}
		}
	}
	return one(Lookup{Resource: Resource{Type: "aws_sns_topic", Region: cfg.Region}, Key: map[string]string{"name": name}}, ids)
}
