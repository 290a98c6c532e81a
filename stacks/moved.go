package stacks

import (
	"crypto/md5"
	"encoding/hex"
	"regexp"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/network"
)

// Resources whose construct path a refactoring changed get a `moved` block
// from their earlier address, so that Terraform renames them in the state
// instead of destroying and creating them: a replaced role would fail on its
// name. Resources a refactoring dropped get a `removed` block. An entry can
// go once every deployment has applied it.

// forgetRemoved lists in an app stack the resources earlier versions built
// and this one does not: the security group rules of their own (keyed by
// port, later by position), now inline in their groups. Terraform forgets
// them (a `removed` block, Terraform 1.7+) without destroying them: the
// groups' inline rules take over the rules that stay, in place, and
// replace the rest; destroying them would cut the function off from its
// database until the groups' update.
func forgetRemoved(a *App) {
	var removed []map[string]any
	forget := func(typ string, path ...string) {
		removed = append(removed, map[string]any{"from": typ + "." + LogicalID(path...), "lifecycle": map[string]any{"destroy": false}})
	}
	if a.Function != nil {
		for _, id := range []string{"egress-0", "egress-1", "egress-443", "egress-5432"} {
			forget("aws_vpc_security_group_egress_rule", "api", id)
		}
	}
	if a.Secret != nil {
		for _, id := range []string{"egress-0", "egress-443"} {
			forget("aws_vpc_security_group_egress_rule", "app-secret", "rotator", id)
		}
	}
	if a.Database != nil {
		for _, id := range a.Database.Allowed() {
			forget("aws_vpc_security_group_ingress_rule", "database", "ingress-"+id)
		}
	}
	if len(removed) > 0 {
		a.Stack.AddOverride(jsii.String("removed"), removed)
	}
}

// moveRenamedNetwork moves what the refactoring renamed in an environment's
// part of the network stack: the flow-log role, now a security.Role.
func moveRenamedNetwork(env string, out *network.Output) {
	moveFrom(out.FlowLogRole.Role, "aws_iam_role", env, "network", "flow-logs-role")
}

func moveFrom(r cdktf.TerraformResource, typ string, oldPath ...string) {
	r.MoveFromId(jsii.String(typ + "." + LogicalID(oldPath...)))
}

// disallowed are the characters cdktf drops from a logical id.
var disallowed = regexp.MustCompile(`[^A-Za-z0-9_-]`)

// LogicalID is the Terraform name cdktf gives the resource at construct
// path components within its stack (cdktf's makeUniqueId: "Default"
// components are dropped, "Resource" ones kept out of the readable part,
// as is a component the one before it ends with; then "_" and the first 8
// hex digits of the path's MD5). A test checks it against synthesized names.
func LogicalID(components ...string) string {
	var path []string
	for _, c := range components {
		if c != "Default" {
			path = append(path, c)
		}
	}
	if len(path) == 1 && len(disallowed.ReplaceAllString(path[0], "")) <= 255 {
		return disallowed.ReplaceAllString(path[0], "")
	}
	sum := md5.Sum([]byte(strings.Join(path, "/")))
	var kept []string
	for _, c := range path {
		if len(kept) == 0 || !strings.HasSuffix(kept[len(kept)-1], c) {
			kept = append(kept, c)
		}
	}
	var human []string
	for _, c := range kept {
		if c != "Resource" {
			human = append(human, disallowed.ReplaceAllString(c, ""))
		}
	}
	readable := strings.Join(human, "_")
	if len(readable) > 240 {
		readable = readable[:240]
	}
	return readable + "_" + strings.ToUpper(hex.EncodeToString(sum[:])[:8])
}
