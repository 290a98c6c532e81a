// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package flowlog

// Building without runtime type checking enabled, so all the below just return nil

func (f *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (f *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (f *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateSetFileFormatParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateSetHiveCompatiblePartitionsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateSetInternalValueParameters(val *FlowLogDestinationOptions) error {
	return nil
}

func (j *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateSetPerHourPartitionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_FlowLogDestinationOptionsOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewFlowLogDestinationOptionsOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

