// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package internetgateway

// Building without runtime type checking enabled, so all the below just return nil

func (i *jsiiProxy_InternetGateway) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateImportFromParameters(id *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateMoveToIdParameters(id *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (i *jsiiProxy_InternetGateway) validatePutTimeoutsParameters(value *InternetGatewayTimeouts) error {
	return nil
}

func validateInternetGateway_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateInternetGateway_IsConstructParameters(x interface{}) error {
	return nil
}

func validateInternetGateway_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateInternetGateway_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_InternetGateway) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_InternetGateway) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_InternetGateway) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_InternetGateway) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_InternetGateway) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_InternetGateway) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_InternetGateway) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_InternetGateway) validateSetVpcIdParameters(val *string) error {
	return nil
}

func validateNewInternetGatewayParameters(scope constructs.Construct, id *string, config *InternetGatewayConfig) error {
	return nil
}

