// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dataawsiampolicydocument

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validatePutConditionParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validatePutNotPrincipalsParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validatePutPrincipalsParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateSetActionsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateSetEffectParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateSetNotActionsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateSetNotResourcesParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateSetResourcesParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateSetSidParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewDataAwsIamPolicyDocumentStatementOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

