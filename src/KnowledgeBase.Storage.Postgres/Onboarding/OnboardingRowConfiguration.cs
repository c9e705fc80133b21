using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Storage.Postgres.Onboarding;

/// <summary>The onboarding tables: keys that make "the latest per user and …" an upsert.</summary>
internal sealed class OnboardingRowConfiguration :
    IEntityTypeConfiguration<AssignmentRow>,
    IEntityTypeConfiguration<AcknowledgementRow>,
    IEntityTypeConfiguration<CompletionRow>,
    IEntityTypeConfiguration<AttemptRow>,
    IEntityTypeConfiguration<MinorEditRow>
{
    public void Configure(EntityTypeBuilder<AssignmentRow> builder)
    {
        builder.ToTable("onboarding_assignments");
        builder.HasKey(r => new { r.UserId, r.PathId });
    }

    public void Configure(EntityTypeBuilder<AcknowledgementRow> builder)
    {
        builder.ToTable("onboarding_acknowledgements");
        builder.HasKey(r => new { r.UserId, r.DocumentId });
    }

    public void Configure(EntityTypeBuilder<CompletionRow> builder)
    {
        builder.ToTable("onboarding_completions");
        builder.HasKey(r => new { r.UserId, r.StepKey });
    }

    public void Configure(EntityTypeBuilder<AttemptRow> builder)
    {
        builder.ToTable("onboarding_attempts");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityByDefaultColumn();
        builder.HasIndex(r => r.UserId);
    }

    public void Configure(EntityTypeBuilder<MinorEditRow> builder)
    {
        builder.ToTable("onboarding_minor_edits");
        builder.HasKey(r => new { r.DocumentId, r.ToHash });
    }
}
