package tests

import (
	"fmt"
	"testing"

	"github.com/platform/estate/constructs/network"
	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/layout"
)

func TestSubnetCIDRs(t *testing.T) {
	cases := []struct {
		vpc, tier string
		azs       int
		want      []string
	}{
		{"10.10.0.0/16", network.Public, 2, []string{"10.10.0.0/20", "10.10.16.0/20"}},
		{"10.10.0.0/16", network.Private, 3, []string{"10.10.64.0/20", "10.10.80.0/20", "10.10.96.0/20"}},
		{"10.10.0.0/16", network.Isolated, 3, []string{"10.10.128.0/20", "10.10.144.0/20", "10.10.160.0/20"}},
		{"192.168.4.0/24", network.Isolated, 2, []string{"192.168.4.128/28", "192.168.4.144/28"}},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s/%s/%d", c.vpc, c.tier, c.azs), func(t *testing.T) {
			got, err := network.SubnetCIDRs(c.vpc, c.tier, c.azs)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// TestNetworkStack checks every environment's network in the network stack.
func TestNetworkStack(t *testing.T) {
	s := awsSynth(t)
	const stack = layout.NetworkStack
	doc := s.Docs[stack]
	for _, spec := range s.Project.Environments {
		t.Run(spec.Name, func(t *testing.T) {
			prov := providerRef(spec.Name)
			assertProvider(t, s, stack, "aws", map[string]any{
				"alias":        spec.Name,
				"region":       spec.Region,
				"default_tags": defaultTags(spec),
			})
			assertResource(t, s, stack, "aws_vpc", map[string]any{
				"provider":             prov,
				"cidr_block":           spec.Network.CIDR,
				"enable_dns_hostnames": true,
				"enable_dns_support":   true,
				"tags":                 map[string]any{"Name": "estate-" + spec.Name + "-vpc"},
			})

			// Subnets: one per AZ and tier, at the planned ranges, none
			// handing out public addresses.
			subnets := resourcesOf(doc, "resource", "aws_subnet")
			for _, tier := range []string{network.Public, network.Private, network.Isolated} {
				blocks, err := network.SubnetCIDRs(spec.Network.CIDR, tier, spec.Network.AZCount)
				if err != nil {
					t.Fatal(err)
				}
				for _, block := range blocks {
					assertResource(t, s, stack, "aws_subnet", map[string]any{
						"provider":                prov,
						"cidr_block":              block,
						"map_public_ip_on_launch": false,
						"tags":                    map[string]any{"Tier": tier},
					})
				}
				n := countWhere(subnets, func(it map[string]any) bool { return it["provider"] == prov && tag(it, "Tier") == tier })
				if n != spec.Network.AZCount {
					t.Errorf("%d %s subnets, want one per AZ (%d)", n, tier, spec.Network.AZCount)
				}
			}

			// NAT gateways per strategy, and a default route per private
			// route table exactly when there is NAT.
			wantNAT := map[string]int{envs.NATNone: 0, envs.NATSingle: 1, envs.NATPerAZ: spec.Network.AZCount}[spec.Network.NAT]
			nats := countWhere(resourcesOf(doc, "resource", "aws_nat_gateway"), func(it map[string]any) bool { return it["provider"] == prov })
			if nats != wantNAT {
				t.Errorf("nat %s: %d NAT gateways, want %d", spec.Network.NAT, nats, wantNAT)
			}
			eips := countWhere(resourcesOf(doc, "resource", "aws_eip"), func(it map[string]any) bool { return it["provider"] == prov && it["domain"] == "vpc" })
			if eips != wantNAT {
				t.Errorf("%d Elastic IPs, want one per NAT gateway (%d)", eips, wantNAT)
			}
			natRoutes := countWhere(resourcesOf(doc, "resource", "aws_route"), func(it map[string]any) bool {
				return it["provider"] == prov && it["nat_gateway_id"] != nil && it["destination_cidr_block"] == "0.0.0.0/0"
			})
			if want := map[bool]int{true: spec.Network.AZCount, false: 0}[wantNAT > 0]; natRoutes != want {
				t.Errorf("%d private default routes through NAT, want %d", natRoutes, want)
			}
			assertResource(t, s, stack, "aws_internet_gateway", map[string]any{"provider": prov})

			for _, svc := range []string{"s3", "dynamodb"} {
				assertResource(t, s, stack, "aws_vpc_endpoint", map[string]any{
					"provider":          prov,
					"service_name":      "com.amazonaws." + spec.Region + "." + svc,
					"vpc_endpoint_type": "Gateway",
				})
			}

			// Flow logs: all traffic, to a KMS-encrypted group with the
			// environment's retention.
			assertResource(t, s, stack, "aws_flow_log", map[string]any{
				"provider":             prov,
				"traffic_type":         "ALL",
				"log_destination_type": "cloud-watch-logs",
			})
			groups := resourcesOf(doc, "resource", "aws_cloudwatch_log_group")
			if n := countWhere(groups, func(it map[string]any) bool {
				return it["provider"] == prov &&
					it["name"] == "/aws/vpc-flow-logs/estate-"+spec.Name &&
					it["retention_in_days"] == float64(spec.Logs.RetentionDays) &&
					hasPrefixAny(fmt.Sprint(it["kms_key_id"]), "${aws_kms_key.")
			}); n != 1 {
				t.Errorf("want one flow log group with retention %d encrypted with a KMS key of the stack, got:\n%s", spec.Logs.RetentionDays, mustJSON(groups))
			}
			assertResource(t, s, stack, "aws_kms_key", map[string]any{
				"provider":                prov,
				"enable_key_rotation":     true,
				"deletion_window_in_days": float64(spec.KMS.DeletionWindowDays),
			})

			// The default security group is managed with no rules at all.
			for name, sg := range resourcesOf(doc, "resource", "aws_default_security_group") {
				if sg["provider"] != prov {
					continue
				}
				if sg["ingress"] != nil || sg["egress"] != nil {
					t.Errorf("default security group %s has rules: %s", name, mustJSON(sg))
				}
			}
			assertResource(t, s, stack, "aws_default_security_group", map[string]any{"provider": prov})
		})
	}
}
