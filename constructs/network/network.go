// Package network is one environment's VPC: public, private and isolated
// subnets across the availability zones, internet and NAT gateways, route
// tables, gateway endpoints for S3 and DynamoDB, VPC flow logs to an encrypted
// log group, and a default security group that admits nothing.
package network

import (
	"fmt"
	"net"
	"strconv"

	"github.com/apparentlymart/go-cidr/cidr"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawsavailabilityzones"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/defaultsecuritygroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/eip"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/flowlog"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/internetgateway"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/natgateway"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/route"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/routetable"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/routetableassociation"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/subnet"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpc"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcendpoint"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/constructs/security/key"
	"github.com/platform/estate/envs"
)

// Subnet tiers. Each tier gets one subnet per AZ.
const (
	Public   = "public"   // NAT gateways; a route to the internet gateway
	Private  = "private"  // compute; egress through NAT (per the spec) and endpoints
	Isolated = "isolated" // databases; no route out of the VPC but the endpoints
)

// tierBlocks places each tier's subnets in the VPC range: the VPC is cut
// into 16 equal blocks (4 more prefix bits) and tier t, AZ i takes block
// 4*t+i. Fixed positions keep subnet ranges stable when az_count grows.
var tierBlocks = map[string]int{Public: 0, Private: 4, Isolated: 8}

// subnetBits is how many bits each subnet's prefix adds to the VPC's.
const subnetBits = 4

// Config configures one environment's network.
type Config struct {
	Identity *identity.Identity
	// Spec is the spec's network section: range, AZ count, NAT strategy.
	Spec envs.Network
	// FlowLogRetentionDays is the flow log group's retention.
	FlowLogRetentionDays int
	// FlowLogKey encrypts the flow log group.
	FlowLogKey *key.Output
}

// Output is the network as other stacks consume it: ids only, so that a
// consumer never reaches into this construct's resources.
type Output struct {
	VpcID   *string
	VpcCIDR *string
	// AZs are the availability zone names the subnets are in, in order.
	AZs []*string
	// Subnet ids per tier, in AZ order.
	PublicSubnetIDs   []*string
	PrivateSubnetIDs  []*string
	IsolatedSubnetIDs []*string
	// IsolatedSubnetCIDRs are the isolated subnets' ranges (plain values,
	// planned from the spec: no cross-stack reference).
	IsolatedSubnetCIDRs []*string
	// Route tables of the private and isolated tiers (for more endpoints).
	PrivateRouteTableIDs []*string
	IsolatedRouteTableID *string
	// FlowLogGroupName is where the VPC's traffic is logged.
	FlowLogGroupName *string
	// FlowLogRole delivers the flow logs (its path names the
	// flow-logs-role construct, which earlier versions built by hand).
	FlowLogRole *security.Role
}

// Egress is one port a security group may connect out to: address ranges,
// or the members of a security group. Security groups list their rules
// inline (so that the next deploy removes a rule added out of band): two
// groups that name each other would depend on each other, so name one side
// by its address ranges (a database by its subnets' IsolatedSubnetCIDRs).
type Egress struct {
	Description     string
	Port            int
	CIDRs           []*string
	SecurityGroupID *string
}

// Placement is where in the network a construct runs: the VPC, the subnets
// (one per AZ), their AZs, and where it may connect out to (nothing else).
type Placement struct {
	VpcID     *string
	SubnetIDs []*string
	AZs       []*string
	Egress    []Egress
}

// Private places a construct in the private subnets, with egress.
func (o *Output) Private(egress ...Egress) Placement {
	return Placement{VpcID: o.VpcID, SubnetIDs: o.PrivateSubnetIDs, AZs: o.AZs, Egress: egress}
}

// Isolated places a construct in the isolated subnets (databases: no
// egress).
func (o *Output) Isolated() Placement {
	return Placement{VpcID: o.VpcID, SubnetIDs: o.IsolatedSubnetIDs, AZs: o.AZs}
}

// SubnetCIDRs returns the CIDR blocks of tier's subnets for a VPC range.
func SubnetCIDRs(vpcCIDR, tier string, azCount int) ([]string, error) {
	_, base, err := net.ParseCIDR(vpcCIDR)
	if err != nil {
		return nil, fmt.Errorf("network: VPC range %q: %w", vpcCIDR, err)
	}
	block, ok := tierBlocks[tier]
	if !ok {
		return nil, fmt.Errorf("network: unknown subnet tier %q", tier)
	}
	out := make([]string, azCount)
	for i := range azCount {
		sn, err := cidr.Subnet(base, subnetBits, block+i)
		if err != nil {
			return nil, fmt.Errorf("network: subnet %d of tier %s in %s: %w", i, tier, vpcCIDR, err)
		}
		out[i] = sn.String()
	}
	return out, nil
}

// New builds the network.
func New(scope constructs.Construct, id string, cfg Config) (*Output, error) {
	ident, spec := cfg.Identity, cfg.Spec
	if spec.AZCount < 2 || spec.AZCount > 3 {
		return nil, fmt.Errorf("network %s: az count %d is not 2 or 3", id, spec.AZCount)
	}
	scope = constructs.NewConstruct(scope, jsii.String(id))
	name := ident.Namer.Name
	tags := func(n string, extra ...string) *map[string]*string {
		t := map[string]*string{"Name": jsii.String(n)}
		for i := 0; i+1 < len(extra); i += 2 {
			t[extra[i]] = jsii.String(extra[i+1])
		}
		return &t
	}

	v := vpc.NewVpc(scope, jsii.String("vpc"), &vpc.VpcConfig{
		Provider:           ident.Provider,
		CidrBlock:          jsii.String(spec.CIDR),
		EnableDnsSupport:   jsii.Bool(true),
		EnableDnsHostnames: jsii.Bool(true),
		Tags:               tags(name("vpc")),
	})
	vpcID := v.Id()

	// The default security group is attached to anything launched without
	// one; with no rules it admits and emits nothing.
	defaultsecuritygroup.NewDefaultSecurityGroup(scope, jsii.String("default-sg"), &defaultsecuritygroup.DefaultSecurityGroupConfig{
		Provider: ident.Provider,
		VpcId:    vpcID,
		Tags:     tags(name("default-deny")),
	})

	azs := dataawsavailabilityzones.NewDataAwsAvailabilityZones(scope, jsii.String("azs"), &dataawsavailabilityzones.DataAwsAvailabilityZonesConfig{
		Provider: ident.Provider,
		State:    jsii.String("available"),
		Filter: &[]*dataawsavailabilityzones.DataAwsAvailabilityZonesFilter{{
			Name:   jsii.String("opt-in-status"),
			Values: jsii.Strings("opt-in-not-required"),
		}},
	})
	azNames := azs.Names()

	azList := make([]*string, spec.AZCount)
	for i := range azList {
		azList[i] = cdktf.Token_AsString(cdktf.Fn_Element(azNames, jsii.Number(float64(i))), nil)
	}
	// Every getter is a round trip to the jsii runtime: each id is read once.
	subnets, ranges := map[string][]*string{}, map[string][]*string{}
	for _, tier := range []string{Public, Private, Isolated} {
		blocks, err := SubnetCIDRs(spec.CIDR, tier, spec.AZCount)
		if err != nil {
			return nil, err
		}
		ranges[tier] = *jsii.Strings(blocks...)
		for i, block := range blocks {
			n := strconv.Itoa(i)
			subnets[tier] = append(subnets[tier], subnet.NewSubnet(scope, jsii.String(tier+"-"+n), &subnet.SubnetConfig{
				Provider:         ident.Provider,
				VpcId:            vpcID,
				CidrBlock:        jsii.String(block),
				AvailabilityZone: azList[i],
				// Nothing in a public subnet needs a public address but the
				// NAT gateways, which get Elastic IPs.
				MapPublicIpOnLaunch: jsii.Bool(false),
				Tags:                tags(name(tier, n), "Tier", tier),
			}).Id())
		}
	}

	// Public tier: one route table, default route to the internet gateway.
	igw := internetgateway.NewInternetGateway(scope, jsii.String("igw"), &internetgateway.InternetGatewayConfig{
		Provider: ident.Provider,
		VpcId:    vpcID,
		Tags:     tags(name("igw")),
	})
	publicRT := routetable.NewRouteTable(scope, jsii.String("public-rt"), &routetable.RouteTableConfig{
		Provider: ident.Provider,
		VpcId:    vpcID,
		Tags:     tags(name("public"), "Tier", Public),
	}).Id()
	route.NewRoute(scope, jsii.String("public-default"), &route.RouteConfig{
		Provider:             ident.Provider,
		RouteTableId:         publicRT,
		DestinationCidrBlock: jsii.String("0.0.0.0/0"),
		GatewayId:            igw.Id(),
	})
	associate(scope, ident, Public, subnets[Public], func(int) *string { return publicRT })

	// NAT gateways, per the strategy.
	natCount := map[string]int{envs.NATNone: 0, envs.NATSingle: 1, envs.NATPerAZ: spec.AZCount}[spec.NAT]
	nats := make([]*string, natCount)
	for i := range natCount {
		n := strconv.Itoa(i)
		ip := eip.NewEip(scope, jsii.String("nat-eip-"+n), &eip.EipConfig{
			Provider:  ident.Provider,
			Domain:    jsii.String("vpc"),
			Tags:      tags(name("nat", n)),
			DependsOn: &[]cdktf.ITerraformDependable{igw},
		})
		nats[i] = natgateway.NewNatGateway(scope, jsii.String("nat-"+n), &natgateway.NatGatewayConfig{
			Provider:     ident.Provider,
			AllocationId: ip.Id(),
			SubnetId:     subnets[Public][i],
			Tags:         tags(name("nat", n)),
			DependsOn:    &[]cdktf.ITerraformDependable{igw},
		}).Id()
	}

	// Private tier: a route table per AZ so that per-AZ NAT keeps traffic in
	// its AZ; the default route goes to that AZ's NAT, or the only one.
	privateRTs := make([]*string, spec.AZCount)
	for i := range spec.AZCount {
		n := strconv.Itoa(i)
		privateRTs[i] = routetable.NewRouteTable(scope, jsii.String("private-rt-"+n), &routetable.RouteTableConfig{
			Provider: ident.Provider,
			VpcId:    vpcID,
			Tags:     tags(name("private", n), "Tier", Private),
		}).Id()
		if natCount > 0 {
			route.NewRoute(scope, jsii.String("private-default-"+n), &route.RouteConfig{
				Provider:             ident.Provider,
				RouteTableId:         privateRTs[i],
				DestinationCidrBlock: jsii.String("0.0.0.0/0"),
				NatGatewayId:         nats[min(i, natCount-1)],
			})
		}
	}
	associate(scope, ident, Private, subnets[Private], func(i int) *string { return privateRTs[i] })

	// Isolated tier: one route table with no route out.
	isolatedRT := routetable.NewRouteTable(scope, jsii.String("isolated-rt"), &routetable.RouteTableConfig{
		Provider: ident.Provider,
		VpcId:    vpcID,
		Tags:     tags(name("isolated"), "Tier", Isolated),
	}).Id()
	associate(scope, ident, Isolated, subnets[Isolated], func(int) *string { return isolatedRT })

	// Gateway endpoints keep S3 and DynamoDB traffic off the NAT (cheaper)
	// and available to the isolated tier.
	endpointRTs := append(append([]*string{}, privateRTs...), isolatedRT)
	for _, svc := range []string{"s3", "dynamodb"} {
		vpcendpoint.NewVpcEndpoint(scope, jsii.String("endpoint-"+svc), &vpcendpoint.VpcEndpointConfig{
			Provider:        ident.Provider,
			VpcId:           vpcID,
			ServiceName:     jsii.String("com.amazonaws." + ident.Region + "." + svc),
			VpcEndpointType: jsii.String("Gateway"),
			RouteTableIds:   &endpointRTs,
			Tags:            tags(name(svc, "endpoint")),
		})
	}

	logGroup, role := flowLogs(scope, ident, cfg, vpcID)

	return &Output{
		VpcID:                vpcID,
		VpcCIDR:              v.CidrBlock(),
		AZs:                  azList,
		PublicSubnetIDs:      subnets[Public],
		PrivateSubnetIDs:     subnets[Private],
		IsolatedSubnetIDs:    subnets[Isolated],
		IsolatedSubnetCIDRs:  ranges[Isolated],
		PrivateRouteTableIDs: privateRTs,
		IsolatedRouteTableID: isolatedRT,
		FlowLogGroupName:     logGroup,
		FlowLogRole:          role,
	}, nil
}

func associate(scope constructs.Construct, ident *identity.Identity, tier string, subnetIDs []*string, table func(int) *string) {
	for i, id := range subnetIDs {
		routetableassociation.NewRouteTableAssociation(scope, jsii.String(tier+"-rta-"+strconv.Itoa(i)), &routetableassociation.RouteTableAssociationConfig{
			Provider:     ident.Provider,
			SubnetId:     id,
			RouteTableId: table(i),
		})
	}
}

// flowLogs sends all of the VPC's traffic records to an encrypted log group
// through a role that can write only to that group.
func flowLogs(scope constructs.Construct, ident *identity.Identity, cfg Config, vpcID *string) (*string, *security.Role) {
	groupName := "/aws/vpc-flow-logs/" + ident.Namer.Prefix()
	group := cloudwatchloggroup.NewCloudwatchLogGroup(scope, jsii.String("flow-logs"), &cloudwatchloggroup.CloudwatchLogGroupConfig{
		Provider:        ident.Provider,
		Name:            jsii.String(groupName),
		RetentionInDays: jsii.Number(float64(cfg.FlowLogRetentionDays)),
		KmsKeyId:        cfg.FlowLogKey.ARN,
	})
	groupARN := group.Arn()
	role := security.NewRole(scope, "flow-logs-role", security.RoleConfig{
		Identity:    ident,
		Name:        ident.Namer.Name("flow-logs"),
		Description: "Delivers VPC flow logs of " + ident.Namer.Prefix() + " to CloudWatch Logs",
		AssumedBy:   security.Principal{Type: "Service", Identifiers: []*string{security.ServicePrincipal("vpc-flow-logs")}},
		Conditions:  []security.Condition{{Test: "StringEquals", Variable: "aws:SourceAccount", Values: []*string{ident.AccountID}}},
	})
	role.Grant(security.Grant{Resource: identity.Path(group), Action: "Write", Statements: []security.Statement{{
		Actions:   []string{"logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"},
		Resources: []*string{groupARN, jsii.String(*groupARN + ":*")},
	}}})
	flowlog.NewFlowLog(scope, jsii.String("flow-log"), &flowlog.FlowLogConfig{
		Provider:               ident.Provider,
		VpcId:                  vpcID,
		TrafficType:            jsii.String("ALL"),
		LogDestinationType:     jsii.String("cloud-watch-logs"),
		LogDestination:         groupARN,
		IamRoleArn:             role.ARN,
		MaxAggregationInterval: jsii.Number(60),
		Tags:                   &map[string]*string{"Name": jsii.String(ident.Namer.Name("flow-log"))},
	})
	return group.Name(), role
}
