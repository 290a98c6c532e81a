// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package flowlog

// Building without runtime type checking enabled, so all the below just return nil

func (f *jsiiProxy_FlowLog) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateImportFromParameters(id *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateMoveToIdParameters(id *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (f *jsiiProxy_FlowLog) validatePutDestinationOptionsParameters(value *FlowLogDestinationOptions) error {
	return nil
}

func validateFlowLog_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateFlowLog_IsConstructParameters(x interface{}) error {
	return nil
}

func validateFlowLog_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateFlowLog_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetDeliverCrossAccountRoleParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetEniIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetIamRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetLogDestinationParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetLogDestinationTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetLogFormatParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetLogGroupNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetMaxAggregationIntervalParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetSubnetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetTrafficTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetTransitGatewayAttachmentIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetTransitGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLog) validateSetVpcIdParameters(val *string) error {
	return nil
}

func validateNewFlowLogParameters(scope constructs.Construct, id *string, config *FlowLogConfig) error {
	return nil
}

