namespace GraphDsl;

/// <summary>The category of an uploaded image (<c>image_category</c>).</summary>
public enum ImageCategory
{
    /// <summary><c>general</c>: a generated or ordinary image.</summary>
    General,

    /// <summary><c>mask</c>: a mask.</summary>
    Mask,

    /// <summary><c>control</c>: a control image (ControlNet, T2I adapter).</summary>
    Control,

    /// <summary><c>user</c>: an image the user uploaded.</summary>
    User,

    /// <summary><c>other</c>.</summary>
    Other,
}
